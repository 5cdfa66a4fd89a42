<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="26"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="26"/>
        <source>Operator</source>
        <translation>Packare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="27"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="27"/>
        <source>Shipment</source>
        <translation>Försändelse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="28"/>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="32"/>
        <source>Completion attempt</source>
        <translation>Slutförandeförsök</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="33"/>
        <source>Completion result</source>
        <translation>Slutförandets resultat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="34"/>
        <source>Mark good-to-go</source>
        <translation>Markera klar att skicka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="35"/>
        <source>Good-to-go result</source>
        <translation>Resultat klar att skicka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="36"/>
        <source>Supervisor unlock</source>
        <translation>Arbetsledare upplåst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="37"/>
        <source>Wrong PIN</source>
        <translation>Fel PIN-kod</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="38"/>
        <source>PIN lockout</source>
        <translation>PIN-spärr</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="39"/>
        <source>E-mail override</source>
        <translation>Ändrat leveransmejl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="40"/>
        <source>Verification bypass</source>
        <translation>Kontroll överhoppad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="41"/>
        <source>Capture retry</source>
        <translation>Nytt betalningsförsök</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="43"/>
        <source>Setting changed</source>
        <translation>Inställning ändrad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="44"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="45"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="54"/>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="60"/>
        <source>Audit log: {0}, {1}</source>
        <translation>Granskningslogg: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="61"/>
        <source>this station</source>
        <translation>den här stationen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="81"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="83"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="126"/>
        <source>{0} entries today, newest first.</source>
        <translation>{0} poster i dag, nyaste först.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="135"/>
        <source>Export audit log</source>
        <translation>Exportera granskningslogg</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="145"/>
        <source>Export failed: {0}</source>
        <translation>Exporten misslyckades: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="147"/>
        <source>Exported {0} entries to {1}.</source>
        <translation>Exporterade {0} poster till {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="42"/>
        <source>Customs papers bypass</source>
        <translation>Tullpapper överhoppade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="46"/>
        <source>Audit log tampering</source>
        <translation>Manipulation av granskningsloggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="104"/>
        <source>Chain verified: {0} rows, none changed or removed.</source>
        <translation>Kedjan kontrollerad: {0} rader, ingen ändrad eller borttagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="109"/>
        <source> First broken link: row {0}.</source>
        <translation> Första brutna länken: rad {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="111"/>
        <source>AUDIT LOG TAMPERED: {0}.{1}</source>
        <translation>GRANSKNINGSLOGGEN ÄR MANIPULERAD: {0}.{1}</translation>
    </message>
</context>
<context>
    <name>BenchController</name>
    <message>
        <location filename="../../ui/text/bench_words.py" line="49"/>
        <source>Not recognised: {0}</source>
        <translation>Okänd kod: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="47"/>
        <source>Scan the packing slip&apos;s shipment barcode.</source>
        <translation>Skanna försändelsens streckkod på följesedeln.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="36"/>
        <source>Completing {0}… {1} is next</source>
        <translation>Slutför {0}… {1} står på tur</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="29"/>
        <source>Wait for the green confirmation.</source>
        <translation>Vänta på den gröna bekräftelsen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="37"/>
        <source>{0} has unsaved input</source>
        <translation>{0} har osparade uppgifter</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="38"/>
        <source>Scan {0} again to discard it and load {0}, or press Ctrl+Enter to finish this one first.</source>
        <translation>Skanna {0} igen för att kasta uppgifterna och ladda {0}, eller tryck Ctrl+Enter för att slutföra den här först.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="30"/>
        <source>Scan the packing slip first</source>
        <translation>Skanna följesedeln först</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="41"/>
        <source>That was a tracking number ({0}).</source>
        <translation>Det var ett spårningsnummer ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="42"/>
        <source>Check the label: it is {0}, the order is booked with {1}</source>
        <translation>Kontrollera etiketten: den är från {0}, ordern är bokad med {1}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="31"/>
        <source>If the label is right, press Ctrl+Enter; otherwise scan the right label.</source>
        <translation>Om etiketten stämmer, tryck Ctrl+Enter; annars skanna rätt etikett.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="33"/>
        <source>Tracking {0} ({1})</source>
        <translation>Spårning {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="34"/>
        <source>Tracking {0}</source>
        <translation>Spårning {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="27"/>
        <source>Press Ctrl+Enter to complete, or check the form first.</source>
        <translation>Tryck Ctrl+Enter för att slutföra, eller kontrollera formuläret först.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="91"/>
        <source>Not a tracking number: {0}</source>
        <translation>Inget spårningsnummer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="48"/>
        <source>{0} packages</source>
        <translation>{0} kolli</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="44"/>
        <source>That was a product barcode ({0}).</source>
        <translation>Det var en produktstreckkod ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="46"/>
        <source>Looking up {0}</source>
        <translation>Söker {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="45"/>
        <source>Looking up {0}…</source>
        <translation>Söker {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="35"/>
        <source>{0}  (From the ready list, {1} old.)</source>
        <translation>{0}  (Från klarlistan, {1} gammal.)</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="50"/>
        <source>Barcode read incompletely: the start may be missing ({0})</source>
        <translation>Streckkoden lästes ofullständigt: början kan saknas ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="52"/>
        <source>Scan the packing slip again.</source>
        <translation>Skanna följesedeln igen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="53"/>
        <source>Label read incompletely: the start may be missing ({0})</source>
        <translation>Etiketten lästes ofullständigt: början kan saknas ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="55"/>
        <source>Scan the carrier label again.</source>
        <translation>Skanna fraktetiketten igen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="57"/>
        <source>{0}: queued, OK to ship</source>
        <translation>{0}: i kö, OK att skicka</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="58"/>
        <source>Centra&apos;s rate limit is used up for a moment: Packstation sends it in about {0} s. Nothing is lost.</source>
        <translation>Centras anropsgräns är förbrukad för tillfället: Packstation skickar det om cirka {0} s. Inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="61"/>
        <source>{0}: keep the parcel here — waiting on Centra&apos;s rate limit</source>
        <translation>{0}: behåll paketet här — väntar på Centras anropsgräns</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="63"/>
        <source>The payment is captured in about {0} s; this screen says when the parcel may ship. Scan the next slip meanwhile.</source>
        <translation>Betalningen dras om cirka {0} s; skärmen säger till när paketet får skickas. Skanna nästa följesedel under tiden.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="66"/>
        <source>DO NOT SHIP {0}: Centra refused the completion</source>
        <translation>SKICKA INTE {0}: Centra vägrade slutförandet</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="67"/>
        <source>Keep that parcel aside and hand it to your supervisor. Centra said: {0}</source>
        <translation>Lägg det paketet åt sidan och lämna det till din arbetsledare. Centra svarade: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="69"/>
        <source>Hand that parcel over, then go on with {0}.</source>
        <translation>Lämna över det paketet och fortsätt sedan med {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="70"/>
        <source>Hand that parcel over. Scan the next slip.</source>
        <translation>Lämna över det paketet. Skanna nästa följesedel.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="71"/>
        <source>{0}: payment captured, OK to ship</source>
        <translation>{0}: betalningen dragen, OK att skicka</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="73"/>
        <source>Nothing to send yet</source>
        <translation>Inget att skicka än</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="74"/>
        <source>Scan the carrier label, or tick Good-to-go.</source>
        <translation>Skanna transportörens etikett, eller kryssa Klar att skicka.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="75"/>
        <source>Scan the tracking number first</source>
        <translation>Skanna spårningsnumret först</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="76"/>
        <source>The carrier label&apos;s barcode goes in Tracking.</source>
        <translation>Streckkoden på transportörens etikett hör hemma i Spårning.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="92"/>
        <source>Marking {0} good-to-go</source>
        <translation>Markerar {0} klar att skicka</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="93"/>
        <source>{0} marked good-to-go</source>
        <translation>{0} markerad klar att skicka</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="84"/>
        <source>Completed {0}  ·  order {1}  ·  tracking {2}</source>
        <translation>Slutförd {0}  ·  order {1}  ·  spårning {2}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="85"/>
        <source>Completed {0}  ·  order {1}</source>
        <translation>Slutförd {0}  ·  order {1}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="86"/>
        <source>Completing {0}</source>
        <translation>Slutför {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="56"/>
        <source>Please wait.</source>
        <translation>Vänta.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="88"/>
        <source>{0}: waiting to send to Centra</source>
        <translation>{0}: väntar på att skickas till Centra</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="94"/>
        <source>{0} Packstation keeps trying; nothing is lost.</source>
        <translation>{0} Packstation försöker igen; inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="89"/>
        <source>Ready for the next parcel.</source>
        <translation>Redo för nästa paket.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="90"/>
        <source>DO NOT SHIP: payment not captured</source>
        <translation>SKICKA INTE: betalningen är inte dragen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="77"/>
        <source>{0} Locked: a supervisor can retry the capture (Retry), or scan the packing slip again once the customer has paid.</source>
        <translation>{0} Låst: en arbetsledare kan försöka dra betalningen igen (Försök igen), eller skanna följesedeln igen när kunden har betalat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="72"/>
        <source>DO NOT SHIP: payment capture failed</source>
        <translation>SKICKA INTE: betalningen kunde inte dras</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="80"/>
        <source>Only a supervisor can retry the capture</source>
        <translation>Bara en arbetsledare kan försöka dra betalningen igen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="81"/>
        <source>Unlock supervisor mode and press Retry, or scan the packing slip again once the customer has paid.</source>
        <translation>Lås upp arbetsledarläget och tryck Försök igen, eller skanna följesedeln igen när kunden har betalat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="95"/>
        <source>Scan a packing slip</source>
        <translation>Skanna en följesedel</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="87"/>
        <source>{0}: confirming with Centra…</source>
        <translation>{0}: bekräftar med Centra…</translation>
    </message>
</context>
<context>
    <name>CentraError</name>
    <message>
        <location filename="../../ui/text/messages.py" line="42"/>
        <source>Centra error</source>
        <translation>Fel i Centra</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="43"/>
        <source>Try again. If it keeps happening, call your supervisor.</source>
        <translation>Försök igen. Om det fortsätter, ring arbetsledaren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="44"/>
        <source>Centra rejected the API key</source>
        <translation>Centra godtog inte API-nyckeln</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="45"/>
        <source>Ask a supervisor to check the API key in station setup.</source>
        <translation>Be en arbetsledare kontrollera API-nyckeln i stationsinställningen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="46"/>
        <source>This call is not enabled in Centra&apos;s Order API plugin</source>
        <translation>Anropet är inte aktiverat i Centras Order API-plugin</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="47"/>
        <source>In Centra, open the Order API plugin and allow the endpoint under &apos;Allow access to the following endpoints&apos;.</source>
        <translation>Öppna Order API-pluginet i Centra och tillåt anropet under &apos;Allow access to the following endpoints&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="50"/>
        <source>Centra refused</source>
        <translation>Centra vägrade</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="51"/>
        <source>Read Centra&apos;s reason above; nothing was changed.</source>
        <translation>Läs Centras orsak ovan; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="52"/>
        <source>Do not ship: payment capture failed</source>
        <translation>Skicka inte: betalningen kunde inte dras</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="53"/>
        <source>Keep the parcel at the station and hand it to your supervisor. The payment could not be taken; the shipment was not completed.</source>
        <translation>Behåll paketet vid stationen och lämna det till arbetsledaren. Betalningen kunde inte dras; försändelsen slutfördes inte.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="56"/>
        <source>Centra is not answering properly</source>
        <translation>Centra svarar inte som det ska</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="57"/>
        <source>Wait a moment and press Retry. Nothing is lost.</source>
        <translation>Vänta en stund och tryck Försök igen. Inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="58"/>
        <source>Centra sent an answer Packstation cannot read</source>
        <translation>Centra skickade ett svar som Packstation inte kan läsa</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="59"/>
        <source>Centra unreachable</source>
        <translation>Centra går inte att nå</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="60"/>
        <source>Check the network cable or Wi-Fi, then press Retry. Nothing was sent.</source>
        <translation>Kontrollera nätverkskabeln eller wifi och tryck sedan Försök igen. Inget skickades.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="62"/>
        <source>Centra did not accept the connection in time</source>
        <translation>Centra tog inte emot anslutningen i tid</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="63"/>
        <source>Secure connection to Centra failed</source>
        <translation>Säker anslutning till Centra misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="64"/>
        <source>The PC&apos;s clock or a proxy may be wrong. Call IT.</source>
        <translation>Datorns klocka eller en proxy kan vara fel. Ring IT.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="65"/>
        <source>Centra took too long to answer</source>
        <translation>Centra svarade inte i tid</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="66"/>
        <source>Press Retry. Packstation checks Centra before sending anything again.</source>
        <translation>Tryck Försök igen. Packstation kontrollerar Centra innan något skickas igen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="68"/>
        <source>The connection to Centra was cut</source>
        <translation>Anslutningen till Centra bröts</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="69"/>
        <source>Centra rejected the Integration API token</source>
        <translation>Centra avvisade Integration API-token</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="70"/>
        <source>The token is wrong, revoked or expired (tokens last 30 days unless set otherwise). A supervisor creates a new token in Centra (System &gt; API Tokens) and enters it in station setup.</source>
        <translation>Token är fel, återkallad eller har gått ut (en token gäller i 30 dagar om inget annat har angetts). En arbetsledare skapar en ny token i Centra (System &gt; API Tokens) och anger den i stationsinställningarna.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="74"/>
        <source>The Integration API token lacks a permission</source>
        <translation>Integration API-token saknar en behörighet</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="75"/>
        <source>A supervisor adds the permission named here to the token in Centra (System &gt; API Tokens), or enters a token that has it in station setup.</source>
        <translation>En arbetsledare lägger till behörigheten som nämns här på token i Centra (System &gt; API Tokens), eller anger en token som har den i stationsinställningarna.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="78"/>
        <source>Centra&apos;s rate limit is used up for the moment</source>
        <translation>Centras anropsgräns är förbrukad för tillfället</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="79"/>
        <source>Packstation waits as long as Centra asks, then sends it. Nothing is lost.</source>
        <translation>Packstation väntar så länge Centra begär och skickar sedan. Inget går förlorat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="81"/>
        <source>Centra could not read Packstation&apos;s request</source>
        <translation>Centra kunde inte läsa Packstations förfrågan</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="82"/>
        <source>This is a fault in Packstation; the details are in the log. Call IT.</source>
        <translation>Det här är ett fel i Packstation; detaljerna finns i loggen. Ring IT.</translation>
    </message>
</context>
<context>
    <name>CompletionForm</name>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="58"/>
        <source>Good-to-go (packed)</source>
        <translation>Klar att skicka (packad)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="59"/>
        <source>Shipped (handed to carrier)</source>
        <translation>Skickad (lämnad till transportör)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="62"/>
        <source>Scan the carrier label</source>
        <translation>Skanna transportörens etikett</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="70"/>
        <source>One package less</source>
        <translation>Ett kolli mindre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="71"/>
        <source>One package more</source>
        <translation>Ett kolli till</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="89"/>
        <source>Added to the order&apos;s internal comment</source>
        <translation>Läggs till i orderns interna kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="90"/>
        <source>Capture payment when completing</source>
        <translation>Dra betalningen vid slutförande</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="117"/>
        <source>Tracking</source>
        <translation>Spårning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="118"/>
        <source>Packages</source>
        <translation>Kolli</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="119"/>
        <source>Carrier</source>
        <translation>Transportör</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="122"/>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="123"/>
        <source>Return-slip tracking</source>
        <translation>Retursedelns nr</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="124"/>
        <source>Internal comment</source>
        <translation>Intern kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="149"/>
        <source>Less ▴</source>
        <translation>Mindre ▴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="150"/>
        <source>More: service, return slip, comment ▾</source>
        <translation>Mer: tjänst, retursedel, kommentar ▾</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="289"/>
        <source>Complete shipment   (Ctrl+Enter)</source>
        <translation>Slutför försändelse   (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="291"/>
        <source>Sends carrier, tracking and packages to Centra and marks the shipment shipped. The payment is captured if needed.</source>
        <translation>Skickar transportör, spårning och kolli till Centra och markerar försändelsen som skickad. Betalningen dras vid behov.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="294"/>
        <source>Mark good-to-go only   (Ctrl+Enter)</source>
        <translation>Markera endast klar att skicka   (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="296"/>
        <source>Tells Centra the parcel is packed. Tick Shipped when it is handed to the carrier to complete it.</source>
        <translation>Meddelar Centra att paketet är packat. Kryssa Skickad när det lämnats till transportören för att slutföra.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="299"/>
        <source>Scan a packing slip first</source>
        <translation>Skanna en följesedel först</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="302"/>
        <source>Tick Good-to-go or scan tracking</source>
        <translation>Kryssa Klar att skicka eller skanna spårning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="304"/>
        <source>Scan the carrier label: tracking is filled in and both boxes are ticked.</source>
        <translation>Skanna transportörens etikett: spårningsnumret fylls i och båda rutorna kryssas.</translation>
    </message>
</context>
<context>
    <name>EarlyScans</name>
    <message>
        <location filename="../../ui/early_scans.py" line="49"/>
        <source>Starting… {0} scan(s) kept</source>
        <translation>Startar… {0} skanning(ar) sparade</translation>
    </message>
    <message>
        <location filename="../../ui/early_scans.py" line="50"/>
        <source>They are looked up in a moment; nothing is lost.</source>
        <translation>De söks upp om en stund; inget går förlorat.</translation>
    </message>
</context>
<context>
    <name>EmailChoice</name>
    <message>
        <location filename="../../ui/text/email_words.py" line="16"/>
        <source>Store setting</source>
        <translation>Butiksinställning</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="17"/>
        <source>Send the e-mail</source>
        <translation>Skicka e-post</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="18"/>
        <source>Don&apos;t send the e-mail</source>
        <translation>Skicka inte e-post</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="25"/>
        <source>Centra&apos;s store setting decides whether the customer gets the shipping e-mail.</source>
        <translation>Butiksinställningen i Centra avgör om kunden får leveransmejlet.</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="27"/>
        <source>Centra sends the shipping e-mail for this shipment.</source>
        <translation>Centra skickar leveransmejlet för den här försändelsen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="29"/>
        <source>Centra sends no shipping e-mail for this shipment.</source>
        <translation>Centra skickar inget leveransmejl för den här försändelsen.</translation>
    </message>
</context>
<context>
    <name>EmailChoiceBox</name>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="76"/>
        <source>Station default: {0}.</source>
        <translation>Stationens standard: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="78"/>
        <source>Only a supervisor can change this.</source>
        <translation>Bara en arbetsledare kan ändra detta.</translation>
    </message>
</context>
<context>
    <name>LocalNote</name>
    <message>
        <location filename="../../ui/local_note.py" line="26"/>
        <source>{0} is already waiting to send</source>
        <translation>{0} väntar redan på att skickas</translation>
    </message>
    <message>
        <location filename="../../ui/local_note.py" line="31"/>
        <source>{0} was already completed at {1} at this station</source>
        <translation>{0} slutfördes redan kl. {1} vid den här stationen</translation>
    </message>
    <message>
        <location filename="../../ui/local_note.py" line="33"/>
        <source>Do not ship it again.</source>
        <translation>Skicka inte igen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both boxes  ·  Ctrl+Enter completes  ·  Esc clears</source>
        <translation>Skanna följesedel → markören hoppar till Spårning  ·  skanna etikett eller skriv + Enter → kryssar båda rutorna  ·  Ctrl+Enter slutför  ·  Esc rensar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Demo barcodes: scan, type or click</source>
        <translation>Demostreckkoder: skanna, skriv eller klicka</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/text/messages.py" line="143"/>
        <source>{0}: paid and ready to pack</source>
        <translation>{0}: betald och klar att packa</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="145"/>
        <source>Pack the items, then scan the carrier label.</source>
        <translation>Packa artiklarna och skanna sedan transportörens etikett.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="147"/>
        <source>{0}: ready, payment is taken when you complete</source>
        <translation>{0}: klar, betalningen dras när du slutför</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="150"/>
        <source>Do not hand the parcel over until Completed shows green.</source>
        <translation>Lämna inte över paketet förrän Slutförd visas i grönt.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="153"/>
        <source>{0} is not good-to-go yet</source>
        <translation>{0} är inte klar att skicka än</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="155"/>
        <source>Tick Good-to-go when it is packed, or put the slip aside and ask your supervisor.</source>
        <translation>Kryssa Klar att skicka när den är packad, eller lägg undan följesedeln och fråga arbetsledaren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="158"/>
        <source>{0} is ON HOLD: do not pack</source>
        <translation>{0} är PAUSAD: packa inte</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="160"/>
        <source>Put the slip aside and tell your supervisor.</source>
        <translation>Lägg undan följesedeln och säg till arbetsledaren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="162"/>
        <source>{0} is NOT PAID: do not ship</source>
        <translation>{0} är EJ BETALD: skicka inte</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="164"/>
        <source>There is no payment to capture. Put the slip aside and tell your supervisor.</source>
        <translation>Det finns ingen betalning att dra. Lägg undan följesedeln och säg till arbetsledaren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="168"/>
        <source>{0} is already completed (tracking {1})</source>
        <translation>{0} är redan slutförd (spårning {1})</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="171"/>
        <source>{0} is already completed</source>
        <translation>{0} är redan slutförd</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="173"/>
        <source>Do not ship it again. Put the slip aside.</source>
        <translation>Skicka inte igen. Lägg undan följesedeln.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="175"/>
        <source>Order {0} has {1} open shipments</source>
        <translation>Order {0} har {1} öppna försändelser</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="177"/>
        <source>Scan the shipment ID on the slip, or pick one below.</source>
        <translation>Skanna försändelse-ID:t på följesedeln, eller välj en nedan.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="180"/>
        <source>Nothing found for {0}</source>
        <translation>Inget hittades för {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="181"/>
        <source>Check the slip. Scan the shipment ID (like 41001-1) or order number.</source>
        <translation>Kontrollera följesedeln. Skanna försändelse-ID (t.ex. 41001-1) eller ordernummer.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="189"/>
        <source>Shipment {0} is already waiting to be sent; it will not be completed twice.</source>
        <translation>Försändelse {0} väntar redan på att skickas; den slutförs inte två gånger.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="192"/>
        <location filename="../../ui/text/messages.py" line="198"/>
        <source>Do not send it again.</source>
        <translation>Skicka inte igen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="195"/>
        <source>Shipment {0} was already completed at {1} at this station.</source>
        <translation>Försändelse {0} slutfördes redan kl. {1} vid den här stationen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="203"/>
        <source>Could not save this completion: nothing was sent</source>
        <translation>Kunde inte spara slutförandet: inget skickades</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="204"/>
        <source>{0} Call IT; keep the parcel at the station.</source>
        <translation>{0} Ring IT; behåll paketet vid stationen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="207"/>
        <source>DO NOT SHIP: payment capture failed</source>
        <translation>SKICKA INTE: betalningen kunde inte dras</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="210"/>
        <source>Centra refused: {0}</source>
        <translation>Centra vägrade: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="212"/>
        <source>Nothing was changed. Put the slip aside and tell your supervisor.</source>
        <translation>Inget ändrades. Lägg undan följesedeln och säg till arbetsledaren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="215"/>
        <location filename="../../ui/text/messages.py" line="218"/>
        <location filename="../../ui/text/messages.py" line="223"/>
        <location filename="../../ui/text/messages.py" line="227"/>
        <source>{0} failed: {1}</source>
        <translation>{0} misslyckades: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="230"/>
        <source>{0} failed unexpectedly</source>
        <translation>{0} misslyckades oväntat</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="231"/>
        <source>{0}. Press Retry; if it repeats, call IT.</source>
        <translation>{0}. Tryck Försök igen; om det upprepas, ring IT.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="271"/>
        <source>Completed in Centra: OK to ship.</source>
        <translation>Slutförd i Centra: OK att skicka.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="273"/>
        <source>Pull parcel {0} back: Centra refused the completion ({1}).</source>
        <translation>Ta tillbaka paket {0}: Centra vägrade slutförandet ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="274"/>
        <source>no reason given</source>
        <translation>ingen orsak angiven</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="279"/>
        <source>Payment captured; confirming the completion with Centra… OK to ship.</source>
        <translation>Betalningen dragen; bekräftar slutförandet med Centra… OK att skicka.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="286"/>
        <source>Payment captured; the completion is queued: OK to ship.</source>
        <translation>Betalningen dragen; slutförandet ligger i kö: OK att skicka.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="288"/>
        <source>Keep the parcel at the station until confirmed.</source>
        <translation>Behåll paketet vid stationen tills det är bekräftat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="289"/>
        <source>Queued: OK to ship.</source>
        <translation>I kö: OK att skicka.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="301"/>
        <source>completed, writing the comment</source>
        <translation>slutförd, skriver kommentaren</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="303"/>
        <source>captured, completing</source>
        <translation>dragen, slutförs</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="305"/>
        <source>capturing the payment</source>
        <translation>drar betalningen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="307"/>
        <source>completing</source>
        <translation>slutförs</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="311"/>
        <source>waiting on Centra&apos;s rate limit, about {0} s</source>
        <translation>väntar på Centras anropsgräns, cirka {0} s</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="137"/>
        <source>{0}: SUSPECT order, check before you pack</source>
        <translation>{0}: MISSTÄNKT order, kontrollera innan du packar</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="100"/>
        <source>The key comes from the PACKSTATION_API_KEY environment variable on this PC: ask IT to correct it there, then restart Packstation.</source>
        <translation>Nyckeln kommer från miljövariabeln PACKSTATION_API_KEY på den här datorn: be IT rätta den där och starta sedan om Packstation.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="103"/>
        <source>Ask a supervisor or IT to enter the right key: start Packstation with --setup (the key is kept in the PC&apos;s keyring).</source>
        <translation>Be en arbetsledare eller IT att ange rätt nyckel: starta Packstation med --setup (nyckeln sparas i datorns nyckelring).</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="118"/>
        <source>{0}  ·  READ THE CUSTOMER&apos;S NOTE</source>
        <translation>{0}  ·  LÄS KUNDENS MEDDELANDE</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="120"/>
        <source>Customer note: {0}</source>
        <translation>Kundens meddelande: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="139"/>
        <source>Centra flagged this order as suspect (possible fraud). Ask your supervisor before it leaves.</source>
        <translation>Centra har flaggat ordern som misstänkt (möjligt bedrägeri). Fråga arbetsledaren innan den skickas.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="238"/>
        <source>Packstation cannot save anything: {0} Call IT before completing more parcels.</source>
        <translation>Packstation kan inte spara något: {0} Ring IT innan du slutför fler paket.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="241"/>
        <source>Centra COMPLETED {0}, but Packstation could not record it</source>
        <translation>Centra SLUTFÖRDE {0}, men Packstation kunde inte spara det</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="243"/>
        <source>The parcel may ship.</source>
        <translation>Paketet får skickas.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="246"/>
        <source>Centra REFUSED {0}: do not ship</source>
        <translation>Centra NEKADE {0}: skicka inte</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="248"/>
        <source>{0} was sent to Centra, no answer came, and Packstation could not record it</source>
        <translation>{0} skickades till Centra, inget svar kom, och Packstation kunde inte spara det</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="251"/>
        <source>{0} did not reach Centra, and Packstation could not record it</source>
        <translation>{0} nådde inte Centra, och Packstation kunde inte spara det</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="253"/>
        <source>Keep the parcel at the station.</source>
        <translation>Behåll paketet vid stationen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="261"/>
        <source>The audit log was deleted, replaced or edited since the last start</source>
        <translation>Granskningsloggen har raderats, bytts ut eller ändrats sedan förra starten</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="263"/>
        <source>{0}. Completions that were waiting to be sent may be lost: check today&apos;s parcels in Centra and call IT.</source>
        <translation>{0}. Slutföranden som väntade på att skickas kan ha gått förlorade: kontrollera dagens paket i Centra och ring IT.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="282"/>
        <source>Confirming with Centra… Keep the parcel at the station until confirmed.</source>
        <translation>Bekräftar med Centra… Behåll paketet vid stationen tills det är bekräftat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="284"/>
        <source>Confirming with Centra… OK to ship.</source>
        <translation>Bekräftar med Centra… OK att skicka.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="35"/>
        <source>Send now</source>
        <translation>Skicka nu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="105"/>
        <source>{0} (since {1}): {2}</source>
        <translation>{0} (sedan {1}): {2}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="84"/>
        <source>Waiting to send ({0})</source>
        <translation>Väntar på att skickas ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="102"/>
        <source>{0} (since {1}), {2}: {3}</source>
        <translation>{0} (sedan {1}), {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="124"/>
        <source>PULL PARCEL {0} BACK — {1}</source>
        <translation>TA TILLBAKA PAKET {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="125"/>
        <source>Centra refused it</source>
        <translation>Centra vägrade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="129"/>
        <source>Pulled back — OK</source>
        <translation>Tillbakatagen — OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="87"/>
        <source> {0} completion(s) not yet sent are held by this window: do not close Packstation.</source>
        <translation> {0} slutförande(n) som inte skickats än finns bara i det här fönstret: stäng inte Packstation.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="89"/>
        <source>COMPLETIONS STOPPED — {0}{1} Call IT.</source>
        <translation>SLUTFÖRANDEN STOPPADE — {0}{1} Ring IT.</translation>
    </message>
</context>
<context>
    <name>PapersController</name>
    <message>
        <location filename="../../ui/papers.py" line="169"/>
        <source>Leaves the EU customs union ({0}): customs papers go with it.</source>
        <translation>Lämnar EU:s tullunion ({0}): tullpapper ska med.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="184"/>
        <source>Customs papers not printed: {0}</source>
        <translation>Tullpapper inte utskrivna: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="186"/>
        <source>Retry, or a supervisor can ship it without them (reason in the strip).</source>
        <translation>Försök igen, eller så kan en arbetsledare skicka utan dem (skäl i fältet).</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="209"/>
        <source>No documents to print</source>
        <translation>Inga dokument att skriva ut</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="210"/>
        <source>Centra sent no delivery note or proforma link.</source>
        <translation>Centra skickade ingen länk till följesedel eller proformafaktura.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="240"/>
        <source>Customs papers bypassed: {0}</source>
        <translation>Tullpapper överhoppade: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="241"/>
        <source>Press Ctrl+Enter to complete.</source>
        <translation>Tryck Ctrl+Enter för att slutföra.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="272"/>
        <source>{0} did not download</source>
        <translation>{0} laddades inte ner</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="273"/>
        <location filename="../../ui/papers.py" line="286"/>
        <source>Press Retry.</source>
        <translation>Tryck Försök igen.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="285"/>
        <source>{0} did not print</source>
        <translation>{0} skrevs inte ut</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="300"/>
        <source>Proforma invoice</source>
        <translation>Proformafaktura</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="301"/>
        <source>Delivery note</source>
        <translation>Följesedel</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="302"/>
        <source>{0} for {1}</source>
        <translation>{0} för {1}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="306"/>
        <source>still downloading</source>
        <translation>laddas fortfarande ner</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="307"/>
        <source>ready, not printed</source>
        <translation>klar, inte utskriven</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="308"/>
        <location filename="../../ui/papers.py" line="314"/>
        <source>Centra sent no link for it</source>
        <translation>Centra skickade ingen länk till den</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="315"/>
        <source>the document server did not answer</source>
        <translation>dokumentservern svarade inte</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="316"/>
        <source>the document server refused the request</source>
        <translation>dokumentservern nekade begäran</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="317"/>
        <source>the document was not found</source>
        <translation>dokumentet hittades inte</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="318"/>
        <source>the document server had an error</source>
        <translation>dokumentservern fick ett fel</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="319"/>
        <source>the answer was not a PDF</source>
        <translation>svaret var ingen PDF</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="320"/>
        <source>the document is too large</source>
        <translation>dokumentet är för stort</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="321"/>
        <location filename="../../ui/papers.py" line="322"/>
        <source>the download failed</source>
        <translation>nedladdningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="326"/>
        <source>printed ✓</source>
        <translation>utskriven ✓</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="328"/>
        <source>downloading…</source>
        <translation>laddas ner…</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="330"/>
        <source>ready, prints on Complete</source>
        <translation>klar, skrivs ut vid slutförande</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="332"/>
        <source>no link from Centra</source>
        <translation>ingen länk från Centra</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="334"/>
        <source>download failed: {0}</source>
        <translation>nedladdning misslyckades: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="335"/>
        <source>print failed: {0}</source>
        <translation>utskrift misslyckades: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="344"/>
        <source>Printed</source>
        <translation>Utskrivet</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="360"/>
        <source>Customs papers ({0})</source>
        <translation>Tullpapper ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="363"/>
        <source>Papers</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>PapersSettings</name>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="34"/>
        <source>The PC&apos;s default printer</source>
        <translation>Datorns standardskrivare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="43"/>
        <source>Scan the bundle&apos;s own code</source>
        <translation>Skanna paketets egen kod</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="49"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="49"/>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="50"/>
        <source>Leaving the EU</source>
        <translation>Lämnar EU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="61"/>
        <source>Proforma (customs)</source>
        <translation>Proforma (tull)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="62"/>
        <source>Delivery note</source>
        <translation>Följesedel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="70"/>
        <source>Papers printer</source>
        <translation>Skrivare för dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="71"/>
        <source>Bundles pre-packed</source>
        <translation>Paket förpackade</translation>
    </message>
</context>
<context>
    <name>PapersStrip</name>
    <message>
        <location filename="../../ui/papers.py" line="84"/>
        <source>Print papers ({0})</source>
        <translation>Skriv ut dokument ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="85"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="93"/>
        <source>Supervisor: reason to ship without customs papers, then Enter</source>
        <translation>Arbetsledare: skäl att skicka utan tullpapper, sedan Enter</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="25"/>
        <source>Supervisor</source>
        <translation>Arbetsledare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="26"/>
        <source>Supervisor PIN, then Enter</source>
        <translation>Arbetsledarens PIN, sedan Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="27"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="27"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="25"/>
        <source>Supervisor mode</source>
        <translation>Arbetsledarläge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="22"/>
        <source>Unlocks station settings, the shipping e-mail choice and the audit log. It locks again after 2 minutes without use and after each completed shipment.</source>
        <translation>Låser upp stationsinställningar, valet av leveransmejl och granskningsloggen. Låses igen efter 2 minuter utan användning och efter varje slutförd försändelse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="24"/>
        <source>Demo: the PIN is {0}</source>
        <translation>Demo: PIN-koden är {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="35"/>
        <source>No supervisor PIN is set on this station. Ask IT to run station setup.</source>
        <translation>Ingen arbetsledar-PIN finns på den här stationen. Be IT köra stationsinställningen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="56"/>
        <source>That was a barcode scan, not a PIN: nothing was tried. Type the PIN, or Cancel and scan again.</source>
        <translation>Det var en streckkodsskanning, inte en PIN-kod: inget försök gjordes. Skriv PIN-koden, eller Avbryt och skanna igen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="64"/>
        <source>Too many wrong PINs. Try again in {0}.</source>
        <translation>För många fel PIN-koder. Försök igen om {0}.</translation>
    </message>
</context>
<context>
    <name>ReadyList</name>
    <message>
        <location filename="../../ui/ready_list.py" line="125"/>
        <source>Centra rejected the API key</source>
        <translation>Centra godtog inte API-nyckeln</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="128"/>
        <source>Ready list: loading…</source>
        <translation>Klarlista: laddar…</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="129"/>
        <source>Ready list: Centra not answering</source>
        <translation>Klarlista: Centra svarar inte</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="130"/>
        <source>Ready list: {0} · {1} old</source>
        <translation>Klarlista: {0} · {1} gammal</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="131"/>
        <source>{0} · OFFLINE</source>
        <translation>{0} · FRÅNKOPPLAD</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/widgets/scan_bar.py" line="18"/>
        <source>Scan a packing slip, or type a shipment ID and press Enter</source>
        <translation>Skanna en följesedel, eller skriv ett försändelse-ID och tryck Enter</translation>
    </message>
</context>
<context>
    <name>ScanWords</name>
    <message>
        <location filename="../../ui/text/scan_words.py" line="21"/>
        <source>Empty scan</source>
        <translation>Tom skanning</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="22"/>
        <source>2D label data: scan the 1D tracking barcode</source>
        <translation>2D-etikettdata: skanna spårningsnumrets streckkod (1D)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="23"/>
        <source>QR or other 2D code</source>
        <translation>QR-kod eller annan 2D-kod</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="24"/>
        <source>Web address (QR code)</source>
        <translation>Webbadress (QR-kod)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="25"/>
        <source>Contains control characters; not a barcode</source>
        <translation>Innehåller styrtecken; ingen streckkod</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="26"/>
        <source>Too long ({0} characters) to be a label barcode</source>
        <translation>För lång ({0} tecken) för att vara en etikettstreckkod</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="27"/>
        <source>Unknown command barcode ({0})</source>
        <translation>Okänd kommandostreckkod ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="28"/>
        <source>Command: {0}</source>
        <translation>Kommando: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="29"/>
        <source>Centra shipment ID</source>
        <translation>Försändelse-ID från Centra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="30"/>
        <source>Free text, not a barcode this app uses</source>
        <translation>Fritext, ingen streckkod som appen använder</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="31"/>
        <source>Unexpected characters (check the scanner&apos;s keyboard layout)</source>
        <translation>Oväntade tecken (kontrollera skannerns tangentbordslayout)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="32"/>
        <source>Not a barcode this app recognises</source>
        <translation>Ingen streckkod som appen känner igen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="33"/>
        <source>{0} product code</source>
        <translation>Produktkod ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="34"/>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="35"/>
        <source>{0} digits: not an order, product or parcel number this app knows</source>
        <translation>{0} siffror: inget order-, produkt- eller kollinummer som appen känner till</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="37"/>
        <source>SSCC parcel number</source>
        <translation>SSCC-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="38"/>
        <source>Unreadable GS1 data ({0})</source>
        <translation>Oläsbara GS1-data ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="39"/>
        <source>Product (GS1 GTIN)</source>
        <translation>Produkt (GS1 GTIN)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="40"/>
        <source>GS1 consignment number</source>
        <translation>GS1-sändningsnummer (GINC)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="41"/>
        <source>GS1 shipment number</source>
        <translation>GS1-försändelsenummer (GSIN)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="42"/>
        <source>GS1 data without a parcel, product or consignment number</source>
        <translation>GS1-data utan kolli-, produkt- eller sändningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="43"/>
        <source>Could not read this scan ({0})</source>
        <translation>Kunde inte läsa skanningen ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="44"/>
        <source>UPS tracking number</source>
        <translation>UPS-spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="45"/>
        <source>International postal item ({0}, UPU S10)</source>
        <translation>Internationell postförsändelse ({0}, UPU S10)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="46"/>
        <source>USPS tracking number (IMpb)</source>
        <translation>USPS-spårningsnummer (IMpb)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="47"/>
        <source>FedEx tracking number (from the 34-digit barcode)</source>
        <translation>FedEx-spårningsnummer (från den 34-siffriga streckkoden)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="48"/>
        <source>FedEx Ground tracking number</source>
        <translation>FedEx Ground-spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="49"/>
        <source>FedEx Express tracking number</source>
        <translation>FedEx Express-spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="50"/>
        <source>DHL Express waybill number</source>
        <translation>DHL Express-fraktsedelsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="51"/>
        <source>DHL piece number (JJD/JVGL)</source>
        <translation>DHL-kollinummer (JJD/JVGL)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="52"/>
        <source>DHL Parcel tracking number (3S)</source>
        <translation>DHL Parcel-spårningsnummer (3S)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="53"/>
        <source>DHL eCommerce tracking number</source>
        <translation>DHL eCommerce-spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="54"/>
        <source>DHL Paket parcel number</source>
        <translation>DHL Paket-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="55"/>
        <source>Postal item number with an unknown country code ({0})</source>
        <translation>Postförsändelsenummer med okänd landskod ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="56"/>
        <source>UPS Mail Innovations tracking number</source>
        <translation>UPS Mail Innovations-spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="57"/>
        <source>FedEx SmartPost tracking number</source>
        <translation>FedEx SmartPost-spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="58"/>
        <source>GLS parcel number</source>
        <translation>GLS-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="59"/>
        <source>DPD parcel number</source>
        <translation>DPD-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="60"/>
        <source>DPD parcel number (check character {0})</source>
        <translation>DPD-kollinummer (kontrolltecken {0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="61"/>
        <source>Hermes parcel number</source>
        <translation>Hermes-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="62"/>
        <source>Yodel parcel number</source>
        <translation>Yodel-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="63"/>
        <source>Posti parcel number</source>
        <translation>Posti-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="64"/>
        <source>Colissimo parcel number</source>
        <translation>Colissimo-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="65"/>
        <source>DB Schenker shipment number</source>
        <translation>DB Schenker-sändningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="66"/>
        <source>InPost parcel number</source>
        <translation>InPost-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="67"/>
        <source>Evri parcel number</source>
        <translation>Evri-kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="68"/>
        <source>All zeros: not a parcel number</source>
        <translation>Bara nollor: inget kollinummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="69"/>
        <source>Tracking number (carrier not recognised)</source>
        <translation>Spårningsnummer (okänd transportör)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="70"/>
        <source>That is a product barcode, not a tracking number</source>
        <translation>Det är en produktstreckkod, inte ett spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="71"/>
        <source>That is a Centra shipment ID ({0}), not a tracking number</source>
        <translation>Det är ett försändelse-ID från Centra ({0}), inte ett spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="72"/>
        <source>That is a command barcode ({0}), not a tracking number</source>
        <translation>Det är en kommandostreckkod ({0}), inte ett spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="73"/>
        <source>That is the order number, not a tracking number</source>
        <translation>Det är ordernumret, inte ett spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="74"/>
        <source>Too short for a tracking number</source>
        <translation>För kort för att vara ett spårningsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="75"/>
        <source>That is a QR code or text, not a tracking number: scan the 1D barcode</source>
        <translation>Det är en QR-kod eller text, inte ett spårningsnummer: skanna streckkoden (1D)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="77"/>
        <source>Letters swapped by the keyboard layout: this looks like a {1} number ({0}). Set the scanner to this PC&apos;s keyboard layout (Station settings &gt; Test scanner) or type the number</source>
        <translation>Bokstäver förväxlade av tangentbordslayouten: det här ser ut som ett {1}-nummer ({0}). Ställ in skannern på den här datorns tangentbordslayout (Stationsinställningar &gt; Testa skanner) eller skriv numret</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="81"/>
        <source>Missing its start? This looks like a {1} number without its first character(s) ({0}). Scan the carrier label again</source>
        <translation>Saknas början? Det ser ut som ett {1}-nummer utan sina första tecken ({0}). Skanna fraktetiketten igen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="84"/>
        <source>{0} with a wrong check digit</source>
        <translation>{0} med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="85"/>
        <source>SSCC with a wrong check digit</source>
        <translation>SSCC med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="86"/>
        <source>GTIN with a wrong check digit</source>
        <translation>GTIN med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="87"/>
        <source>UPS tracking number with a wrong check digit</source>
        <translation>UPS-spårningsnummer med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="88"/>
        <source>International postal item ({0}, UPU S10) with a wrong check digit</source>
        <translation>Internationell postförsändelse ({0}, UPU S10) med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="90"/>
        <source>USPS barcode with a wrong check digit</source>
        <translation>USPS-streckkod med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="91"/>
        <source>FedEx barcode with a wrong check digit</source>
        <translation>FedEx-streckkod med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="92"/>
        <source>FedEx Ground barcode with a wrong check digit</source>
        <translation>FedEx Ground-streckkod med fel kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="93"/>
        <source>DPD barcode with a wrong check character</source>
        <translation>DPD-streckkod med fel kontrolltecken</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="94"/>
        <source>{0} (ship-to postal code {1})</source>
        <translation>{0} (mottagarens postnummer {1})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="95"/>
        <source>{0} (separator changed by the keyboard layout)</source>
        <translation>{0} (skiljetecknet ändrat av tangentbordslayouten)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="96"/>
        <source>{0} (used by PostNord, Bring, DB Schenker and others)</source>
        <translation>{0} (används av PostNord, Bring, DB Schenker med flera)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="97"/>
        <source>{0}: check the number or scan again</source>
        <translation>{0}: kontrollera numret eller skanna igen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="98"/>
        <source>{0}: read as {1} because the order is booked with {1}</source>
        <translation>{0}: läst som {1} eftersom ordern är bokad med {1}</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="99"/>
        <source>{0} (could also be {1}: check the label)</source>
        <translation>{0} (kan också vara {1}: kontrollera etiketten)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="100"/>
        <source>{0} (the same digits are also a product code)</source>
        <translation>{0} (samma siffror är också en produktkod)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="101"/>
        <source>{0}. It may be the label&apos;s routing code (Leitcode): check that you scanned the parcel number</source>
        <translation>{0}. Det kan vara etikettens sorteringskod (Leitcode): kontrollera att du skannade kollinumret</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="103"/>
        <source>Complete shipment</source>
        <translation>Slutför försändelsen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="104"/>
        <source>Cancel / start over</source>
        <translation>Avbryt / börja om</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="105"/>
        <source>Next package</source>
        <translation>Nästa paket</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="106"/>
        <source>Good to go (mark shipment ready)</source>
        <translation>Klar att skicka (markera försändelsen som klar)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="107"/>
        <source>Print this command sheet</source>
        <translation>Skriv ut kommandobladet</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="108"/>
        <source>Print the parcel&apos;s papers</source>
        <translation>Skriv ut paketets dokument</translation>
    </message>
</context>
<context>
    <name>ScannerTest</name>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="17"/>
        <source>Nothing arrived from the scanner.</source>
        <translation>Inget kom från skannern.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="18"/>
        <source>Check the cable or the scanner&apos;s pairing, then scan again.</source>
        <translation>Kontrollera kabeln eller skannerns parkoppling och skanna igen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="19"/>
        <source>That was not the SCANNER TEST barcode (received {0}).</source>
        <translation>Det var inte streckkoden SCANNER TEST (mottaget {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="20"/>
        <source>Scan the SCANNER TEST barcode on the command sheet.</source>
        <translation>Skanna streckkoden SCANNER TEST på kommandobladet.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="21"/>
        <source>Keyboard layout mismatch: the scanner sends {0} keys, Windows uses {1}.</source>
        <translation>Fel tangentbordslayout: skannern är inställd på {0} layout, Windows använder {1} layout.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="23"/>
        <source>Set the scanner&apos;s keyboard language to {1} (programming barcode in its manual), or use its &apos;ALT+numpad&apos; mode.</source>
        <translation>Ställ in skannern på {1} tangentbordslayout (programmeringsstreckkod i manualen), eller använd dess läge &apos;ALT+numerisk&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="25"/>
        <source>Upper and lower case letters are swapped.</source>
        <translation>Stora och små bokstäver är omkastade.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="26"/>
        <source>Turn Caps Lock off, or set the scanner to ignore Caps Lock.</source>
        <translation>Stäng av Caps Lock, eller ställ in skannern så att den ignorerar Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="27"/>
        <source>All letters arrive in upper case.</source>
        <translation>Alla bokstäver kommer som versaler.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="28"/>
        <source>All letters arrive in lower case.</source>
        <translation>Alla bokstäver kommer som gemener.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="29"/>
        <source>Turn off the scanner&apos;s case conversion setting.</source>
        <translation>Stäng av skannerns inställning för versal/gemen-omvandling.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="30"/>
        <source>Characters were lost: {0} of {1} arrived.</source>
        <translation>Tecken försvann: {0} av {1} kom fram.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="31"/>
        <source>Set a small delay between characters in the scanner&apos;s setup (e.g. 5 ms), then scan again.</source>
        <translation>Ställ in en liten fördröjning mellan tecknen i skannerns inställningar (t.ex. 5 ms) och skanna igen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="33"/>
        <source>Some characters arrived changed: {0}.</source>
        <translation>Några tecken kom fram ändrade: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="34"/>
        <source>Check the scanner&apos;s keyboard language and character settings.</source>
        <translation>Kontrollera skannerns tangentbordsspråk och teckeninställningar.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="36"/>
        <source>The scanner adds {0} before each scan.</source>
        <translation>Skannern lägger till {0} före varje skanning.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="37"/>
        <source>Remove the prefix in the scanner&apos;s setup (programming barcode in its manual).</source>
        <translation>Ta bort prefixet i skannerns inställningar (programmeringsstreckkod i manualen).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="39"/>
        <source>The scanner adds {0} after each scan.</source>
        <translation>Skannern lägger till {0} efter varje skanning.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="40"/>
        <source>Remove the suffix in the scanner&apos;s setup (programming barcode in its manual).</source>
        <translation>Ta bort suffixet i skannerns inställningar (programmeringsstreckkod i manualen).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="42"/>
        <source>The scan did not end with Enter.</source>
        <translation>Skanningen slutade inte med Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="43"/>
        <source>Set the scanner to send Enter after each scan.</source>
        <translation>Ställ in skannern så att den skickar Enter efter varje skanning.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="44"/>
        <source>The scanner types too slowly: the longest pause between keys was {0} ms, this station allows {1} ms.</source>
        <translation>Skannern skriver för långsamt: längsta pausen mellan tangenterna var {0} ms, den här stationen tillåter {1} ms.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="46"/>
        <source>Set the scanner to send without a delay between characters (USB keyboard mode, fastest speed).</source>
        <translation>Ställ in skannern så att den skickar utan fördröjning mellan tecknen (USB-tangentbordsläge, högsta hastighet).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="51"/>
        <source>US</source>
        <translation>amerikansk (US)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="52"/>
        <source>UK</source>
        <translation>brittisk (UK)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="53"/>
        <source>German</source>
        <translation>tysk</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="54"/>
        <source>Swedish</source>
        <translation>svensk</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="55"/>
        <source>French</source>
        <translation>fransk</translation>
    </message>
</context>
<context>
    <name>ScannerTestDialog</name>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="45"/>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="61"/>
        <source>Test scanner</source>
        <translation>Testa skanner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="63"/>
        <source>Scan the SCANNER TEST barcode on the command sheet.</source>
        <translation>Skanna streckkoden SCANNER TEST på kommandobladet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="66"/>
        <source>It holds: {0}</source>
        <translation>Den innehåller: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="85"/>
        <source>Scan again</source>
        <translation>Skanna igen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="87"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="159"/>
        <source>Waiting for a scan…</source>
        <translation>Väntar på en skanning…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="166"/>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="190"/>
        <source>The scanner pressed modifier keys: {0}.</source>
        <translation>Skannern tryckte på skiftlägestangenter: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="193"/>
        <source>It sent Alt codes: {0}.</source>
        <translation>Den skickade Alt-koder: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="197"/>
        <source>The bench reads it as one scan: {0}</source>
        <translation>Packbänken läser det som en skanning: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="199"/>
        <source>The bench would NOT read this as one scan: the pauses between keys are too long for this station.</source>
        <translation>Packbänken skulle INTE läsa detta som en skanning: pauserna mellan tangenterna är för långa för den här stationen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="207"/>
        <source>OK: the scanner is set up right for this PC.</source>
        <translation>OK: skannern är rätt inställd för den här datorn.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="208"/>
        <source>Received exactly: {0}</source>
        <translation>Mottaget exakt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="212"/>
        <source>What to do:</source>
        <translation>Gör så här:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="214"/>
        <source>Received: {0}</source>
        <translation>Mottaget: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="218"/>
        <source>Time between keys: typically {0} ms, longest {1} ms; this station allows {2} ms.</source>
        <translation>Tid mellan tangenter: typiskt {0} ms, längst {1} ms; den här stationen tillåter {2} ms.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="60"/>
        <source>Packstation: station setup</source>
        <translation>Packstation: stationsinställning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="178"/>
        <source>Paste the key from Centra&apos;s Order API plugin</source>
        <translation>Klistra in nyckeln från Centras Order API-plugin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="80"/>
        <source>e.g. Station 3</source>
        <translation>t.ex. Station 3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="86"/>
        <source>{0} to {1} digits</source>
        <translation>{0} till {1} siffror</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="87"/>
        <source>Type the PIN again</source>
        <translation>Skriv PIN-koden igen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="90"/>
        <source>Use the key for this session only (it is forgotten when Packstation closes)</source>
        <translation>Använd nyckeln bara i den här sessionen (den glöms när Packstation stängs)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="93"/>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="95"/>
        <source>Not tested yet.</source>
        <translation>Inte testad än.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="99"/>
        <source>Save and start</source>
        <translation>Spara och starta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="110"/>
        <source>Centra address</source>
        <translation>Centra-adress</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="175"/>
        <source>The Order API base URL exactly as shown on Centra&apos;s plugin page. It must start with https://.</source>
        <translation>Order API:ets bas-URL exakt som den visas på Centras pluginsida. Den måste börja med https://.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="177"/>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="181"/>
        <source>A key is stored: leave empty to keep it</source>
        <translation>En nyckel är sparad: lämna tomt för att behålla den</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="117"/>
        <source>Station name</source>
        <translation>Stationens namn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="119"/>
        <source>Supervisor PIN</source>
        <translation>Arbetsledar-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="120"/>
        <source>Repeat PIN</source>
        <translation>Upprepa PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="122"/>
        <source>The PIN unlocks settings and the shipping e-mail choice. Only a salted hash is stored; it cannot be read back.</source>
        <translation>PIN-koden låser upp inställningar och valet av leveransmejl. Bara en saltad hash sparas; den kan inte läsas tillbaka.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="134"/>
        <source>Set up this packing station</source>
        <translation>Ställ in den här packstationen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="155"/>
        <source>(a new station: name it below)</source>
        <translation>(en ny station: namnge den nedan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="156"/>
        <source>(type the address below)</source>
        <translation>(skriv adressen nedan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="157"/>
        <source>Station: {0}
Centra: {1}</source>
        <translation>Station: {0}
Centra: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="189"/>
        <source>The key is kept in this computer&apos;s password store (Windows Credential Manager), never in a file.</source>
        <translation>Nyckeln sparas i datorns lösenordsvalv (Windows Autentiseringshanteraren), aldrig i en fil.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="193"/>
        <source>This computer has no secure password store, so the key cannot be remembered. Tick the box below to use it until Packstation closes, or ask IT to set PACKSTATION_API_KEY.</source>
        <translation>Datorn har inget säkert lösenordsvalv, så nyckeln kan inte sparas. Kryssa rutan nedan för att använda den tills Packstation stängs, eller be IT sätta PACKSTATION_API_KEY.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="201"/>
        <source>Type the Centra address.</source>
        <translation>Skriv Centra-adressen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="211"/>
        <location filename="../../ui/dialogs/setup_dialog.py" line="259"/>
        <source>Paste the API key.</source>
        <translation>Klistra in API-nyckeln.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="226"/>
        <source>Testing… (asking Centra how many shipments are ready)</source>
        <translation>Testar… (frågar Centra hur många försändelser som är klara)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="264"/>
        <source>Give this station a name, e.g. Station 3.</source>
        <translation>Ge stationen ett namn, t.ex. Station 3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="268"/>
        <source>The PIN must be {0} to {1} digits.</source>
        <translation>PIN-koden måste ha {0} till {1} siffror.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="271"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>De två PIN-koderna skiljer sig. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="274"/>
        <source>No password store: tick &apos;Use the key for this session only&apos; to go on.</source>
        <translation>Inget lösenordsvalv: kryssa &apos;Använd nyckeln bara i den här sessionen&apos; för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="71"/>
        <source>Order API (API key)</source>
        <translation>Order API (API-nyckel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="72"/>
        <source>Integration API (token)</source>
        <translation>Integration API (token)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="109"/>
        <source>Centra API</source>
        <translation>Centra-API</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="168"/>
        <source>The Integration API address: https://&lt;brand&gt;.centra.com/graphql.</source>
        <translation>Integration API-adressen: https://&lt;brand&gt;.centra.com/graphql.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="169"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="171"/>
        <source>Paste the Integration API token (Centra: System &gt; API Tokens)</source>
        <translation>Klistra in Integration API-token (Centra: System &gt; API Tokens)</translation>
    </message>
</context>
<context>
    <name>ShiftStatsView</name>
    <message>
        <location filename="../../ui/widgets/shift_stats_view.py" line="25"/>
        <source>This shift</source>
        <translation>Detta skift</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shift_stats_view.py" line="66"/>
        <source>from {0} min</source>
        <translation>från {0} min</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shift_stats_view.py" line="69"/>
        <source>Parcels {0}  ·  per hour {1}  ·  median {2} scan to complete</source>
        <translation>Paket {0}  ·  per timme {1}  ·  median {2} från skanning till slutförd</translation>
    </message>
</context>
<context>
    <name>ShipmentPanel</name>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="55"/>
        <source>No shipment loaded.
Scan the barcode on a packing slip.</source>
        <translation>Ingen försändelse laddad.
Skanna streckkoden på en följesedel.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Packed</source>
        <translation>Packat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="111"/>
        <source>SKU / EAN</source>
        <translation>SKU / EAN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="147"/>
        <source>This order has several open shipments. Scan the shipment ID, or pick one:</source>
        <translation>Ordern har flera öppna försändelser. Skanna försändelse-ID:t eller välj en:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="168"/>
        <source>Shipment {0}   ·   Order {1}</source>
        <translation>Försändelse {0}   ·   Order {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="173"/>
        <source>Ship with: {0}</source>
        <translation>Skicka med: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="173"/>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="176"/>
        <source>Customer note: {0}</source>
        <translation>Kundens meddelande: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="181"/>
        <source>Internal comment: {0}</source>
        <translation>Intern kommentar: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="308"/>
        <source>PAID</source>
        <translation>BETALD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="310"/>
        <source>WILL CAPTURE</source>
        <translation>DRAS VID SLUTFÖRANDE</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="312"/>
        <source>NOT PAID</source>
        <translation>EJ BETALD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="314"/>
        <source>ON HOLD</source>
        <translation>PAUSAD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="323"/>
        <source>ALREADY COMPLETED</source>
        <translation>REDAN SLUTFÖRD</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="325"/>
        <source>NOT GOOD-TO-GO</source>
        <translation>INTE KLAR ATT SKICKA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="426"/>
        <source>ready</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="427"/>
        <source>ready, payment captured on completion</source>
        <translation>klar, betalningen dras vid slutförande</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="429"/>
        <source>not good-to-go yet</source>
        <translation>inte klar att skicka än</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="430"/>
        <source>on hold</source>
        <translation>pausad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="431"/>
        <source>not paid</source>
        <translation>inte betald</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="438"/>
        <source>1 item</source>
        <translation>1 artikel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="439"/>
        <source>{0} items</source>
        <translation>{0} artiklar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="244"/>
        <source>BUNDLE, pre-packed: {0}</source>
        <translation>PAKET, förpackat: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="245"/>
        <source>BUNDLE: {0} (Centra sent no contents)</source>
        <translation>PAKET: {0} (Centra skickade inget innehåll)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="248"/>
        <source>contains {0} × {1}</source>
        <translation>innehåller {0} × {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="251"/>
        <source>BUNDLE ×{0}: {1}  ({2}) · scan what is inside</source>
        <translation>PAKET ×{0}: {1}  ({2}) · skanna det som ligger i</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="256"/>
        <source>{0} per bundle × {1}</source>
        <translation>{0} per paket × {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="316"/>
        <source>SUSPECT</source>
        <translation>MISSTÄNKT</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="321"/>
        <source>NON-EU: {0}</source>
        <translation>UTANFÖR EU: {0}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="13"/>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="16"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="15"/>
        <source>Your name, or scan your badge</source>
        <translation>Ditt namn, eller skanna din bricka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="16"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="14"/>
        <source>Who is packing at this station?</source>
        <translation>Vem packar vid den här stationen?</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../ui/single_instance.py" line="95"/>
        <source>Packstation is already open on this station: its window was brought to the front.</source>
        <translation>Packstation är redan öppet på den här stationen: dess fönster har lagts överst.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="100"/>
        <source>Packstation is already open on this station (process {0}). Use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>Packstation är redan öppet på den här stationen (process {0}). Använd fönstret som är öppet; om du inte hittar det, starta om datorn.</translation>
    </message>
</context>
<context>
    <name>StationController</name>
    <message>
        <location filename="../../ui/station_controller.py" line="47"/>
        <source>Shipping e-mail</source>
        <translation>Leveransmejl</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="93"/>
        <source>Type your name with Sign in… instead.</source>
        <translation>Skriv ditt namn med Logga in… i stället.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="124"/>
        <source>Only a supervisor can change the e-mail</source>
        <translation>Bara en arbetsledare kan ändra mejlet</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="125"/>
        <source>Ask your supervisor to unlock.</source>
        <translation>Be arbetsledaren låsa upp.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="151"/>
        <source>Too many wrong PINs: supervisor mode blocked for {0} s.</source>
        <translation>För många fel PIN-koder: arbetsledarläget spärrat i {0} s.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="154"/>
        <source>No supervisor PIN set. Ask IT to run station setup.</source>
        <translation>Ingen arbetsledar-PIN finns. Be IT köra stationsinställningen.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="226"/>
        <source>Signed in: {0}</source>
        <translation>Inloggad: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="227"/>
        <source>Scan a packing slip.</source>
        <translation>Skanna en följesedel.</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="51"/>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="142"/>
        <source>Station settings</source>
        <translation>Stationsinställningar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="62"/>
        <source>Off: no item scans</source>
        <translation>Av: ingen skanning av artiklar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="63"/>
        <source>Warn: count item scans, allow completing</source>
        <translation>Varna: räkna skannade artiklar, tillåt slutförande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="64"/>
        <source>Require: every item scanned before completing</source>
        <translation>Kräv: alla artiklar skannade före slutförande</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="75"/>
        <source>Carriers and services</source>
        <translation>Transportörer och tjänster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="88"/>
        <source>Tracking number needed to complete</source>
        <translation>Spårningsnummer krävs för att slutföra</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="89"/>
        <source>Label scan ticks both boxes</source>
        <translation>Etikettskanning bockar i båda rutorna</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="90"/>
        <source>Capture payment ticked by default</source>
        <translation>Dra betalningen förvald</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="96"/>
        <source>Add to Centra&apos;s internal comment</source>
        <translation>Lägg till i Centras interna kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="117"/>
        <source>Leave empty to keep the PIN</source>
        <translation>Lämna tomt för att behålla PIN-koden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="107"/>
        <source>Station name</source>
        <translation>Stationens namn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="78"/>
        <source>One carrier per line, its services after a colon: DHL: Express, Parcel</source>
        <translation>En transportör per rad, dess tjänster efter ett kolon: DHL: Express, Parcel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="108"/>
        <source>Shipping e-mail default</source>
        <translation>Standard för leveransmejl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="109"/>
        <source>Item verification</source>
        <translation>Artikelkontroll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="110"/>
        <source>&apos;Packed by Anna at …&apos;</source>
        <translation>&apos;Packad av Anna kl. …&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="114"/>
        <source>New supervisor PIN</source>
        <translation>Ny arbetsledar-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="115"/>
        <source>Repeat new PIN</source>
        <translation>Upprepa ny PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="122"/>
        <source>Centra address: {0}
Settings file: {1}
Data folder: {2}</source>
        <translation>Centra-adress: {0}
Inställningsfil: {1}
Datamapp: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="127"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="132"/>
        <source>Test scanner…</source>
        <translation>Testa skanner…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="159"/>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="171"/>
        <source>Supervisor mode has locked. Close this window and unlock again.</source>
        <translation>Arbetsledarläget har låsts. Stäng fönstret och lås upp igen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="180"/>
        <source>The PIN must be {0} to {1} digits.</source>
        <translation>PIN-koden måste ha {0} till {1} siffror.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="183"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>De två PIN-koderna skiljer sig. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="186"/>
        <source>Give this station a name, e.g. Station 3.</source>
        <translation>Ge stationen ett namn, t.ex. Station 3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="214"/>
        <source>Offer at least one carrier.</source>
        <translation>Erbjud minst en transportör.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="216"/>
        <source>Carriers, line {0}: write the carrier&apos;s name before the colon.</source>
        <translation>Transportörer, rad {0}: skriv transportörens namn före kolonet.</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../ui/widgets/status_banner.py" line="71"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_banner.py" line="90"/>
        <source>Scan a packing slip</source>
        <translation>Skanna en följesedel</translation>
    </message>
</context>
<context>
    <name>SupervisorBar</name>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="98"/>
        <location filename="../../ui/widgets/supervisor_bar.py" line="139"/>
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="99"/>
        <source>Supervisor…</source>
        <translation>Arbetsledare…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="100"/>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="101"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="102"/>
        <source>Audit log…</source>
        <translation>Granskningslogg…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="135"/>
        <source>Packer: {0}</source>
        <translation>Packare: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="136"/>
        <source>Change packer…</source>
        <translation>Byt packare…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="138"/>
        <source>Nobody signed in: scan your badge</source>
        <translation>Ingen inloggad: skanna din bricka</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="142"/>
        <source>Supervisor mode is locked.</source>
        <translation>Arbetsledarläget är låst.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="153"/>
        <source>SUPERVISOR MODE: locks in {0}:{1:02d} or after the next shipment</source>
        <translation>ARBETSLEDARLÄGE: låses om {0}:{1:02d} eller efter nästa försändelse</translation>
    </message>
</context>
<context>
    <name>SupervisorReason</name>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="19"/>
        <source>Supervisor needed</source>
        <translation>Arbetsledare behövs</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="20"/>
        <source>Unlock supervisor mode, then enter the reason.</source>
        <translation>Lås upp arbetsledarläget och ange sedan orsaken.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="24"/>
        <source>Type a reason first</source>
        <translation>Skriv en orsak först</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="25"/>
        <source>It is saved in the audit log.</source>
        <translation>Den sparas i granskningsloggen.</translation>
    </message>
</context>
<context>
    <name>TrackingReuse</name>
    <message>
        <location filename="../../ui/tracking_reuse.py" line="34"/>
        <source>Tracking {0} was already used for {1} at {2}</source>
        <translation>Spårningsnummer {0} användes redan för {1} kl. {2}</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_reuse.py" line="36"/>
        <source>Check the label on this parcel. If it is right, press Ctrl+Enter.</source>
        <translation>Kontrollera etiketten på det här paketet. Om den stämmer, tryck Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="48"/>
        <source>Supervisor: reason to complete without scanning</source>
        <translation>Arbetsledare: orsak att slutföra utan skanning</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="53"/>
        <source>e.g. item has no barcode, then Enter</source>
        <translation>t.ex. artikeln saknar streckkod, sedan Enter</translation>
    </message>
</context>
<context>
    <name>VerificationController</name>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="126"/>
        <source>One too many: {0}</source>
        <translation>En för mycket: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="127"/>
        <source>Only {0} ordered. Take one out of the box.</source>
        <translation>Endast {0} beställd(a). Ta ut en ur kartongen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="129"/>
        <source>The item is packed</source>
        <translation>Artikeln är packad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="130"/>
        <source>All {0} items packed</source>
        <translation>Alla {0} artiklar packade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="131"/>
        <location filename="../../ui/widgets/verification_view.py" line="201"/>
        <source>Scan the carrier label, then complete.</source>
        <translation>Skanna transportörens etikett och slutför sedan.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="134"/>
        <source>Packed {0}: {1}</source>
        <translation>Packat {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="148"/>
        <source>Take it out of the box.</source>
        <translation>Ta ut den ur kartongen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="150"/>
        <source>If it is an order number, scan it again to open it.</source>
        <translation>Om det är ett ordernummer, skanna det igen för att öppna det.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="151"/>
        <source>Wrong item: {0} is not in this shipment</source>
        <translation>Fel artikel: {0} finns inte i försändelsen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="174"/>
        <source>Still missing: {0} ({1})</source>
        <translation>Saknas fortfarande: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="179"/>
        <source>Not every item is scanned ({0})</source>
        <translation>Inte alla artiklar är skannade ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="181"/>
        <source>Complete again to send it anyway.</source>
        <translation>Slutför igen för att skicka ändå.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="183"/>
        <source>Scan every item before completing</source>
        <translation>Skanna varje artikel innan du slutför</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="184"/>
        <source>A supervisor can complete it anyway with a reason below.</source>
        <translation>En arbetsledare kan ändå slutföra med en orsak nedan.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="200"/>
        <source>Verification bypassed: {0}</source>
        <translation>Kontroll överhoppad: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="212"/>
        <source>{0} of 1 item scanned</source>
        <translation>{0} av 1 artikel skannad</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="213"/>
        <source>{0} of {1} items scanned</source>
        <translation>{0} av {1} artiklar skannade</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="225"/>
        <source>bypassed: {0}</source>
        <translation>överhoppad: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="236"/>
        <source>Scan all items first ({0} / {1})</source>
        <translation>Skanna alla artiklar först ({0} / {1})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="238"/>
        <source>Complete waits until every item is scanned (station setting). A supervisor can bypass with a reason.</source>
        <translation>Slutför väntar tills varje artikel är skannad (stationsinställning). En arbetsledare kan hoppa över med en orsak.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="144"/>
        <source>That is the bundle&apos;s own barcode: {0}</source>
        <translation>Det är paketets egen streckkod: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="145"/>
        <source>Open it and scan each item inside (listed under the bundle).</source>
        <translation>Öppna det och skanna varje artikel i det (listade under paketet).</translation>
    </message>
</context>
</TS>
