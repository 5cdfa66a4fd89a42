"""All words the packer reads, in the interface language, and the translator."""
