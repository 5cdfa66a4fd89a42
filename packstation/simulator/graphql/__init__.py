"""The simulator's Centra Integration API (GraphQL) at POST /graphql: the SDL of the subset
(`schema.graphql`), executed with graphql-core over the same store as the Order API."""
