<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="26"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="26"/>
        <source>Operator</source>
        <translation>Packer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="27"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="27"/>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="28"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="32"/>
        <source>Completion attempt</source>
        <translation>Abschlussversuch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="33"/>
        <source>Completion result</source>
        <translation>Abschlussergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="34"/>
        <source>Mark good-to-go</source>
        <translation>Als versandbereit markieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="35"/>
        <source>Good-to-go result</source>
        <translation>Ergebnis versandbereit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="36"/>
        <source>Supervisor unlock</source>
        <translation>Schichtleiter entsperrt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="37"/>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="38"/>
        <source>PIN lockout</source>
        <translation>PIN-Sperre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="39"/>
        <source>E-mail override</source>
        <translation>Versand-E-Mail geändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="40"/>
        <source>Verification bypass</source>
        <translation>Prüfung übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="41"/>
        <source>Capture retry</source>
        <translation>Zahlungseinzug wiederholt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="43"/>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="44"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="45"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="54"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="60"/>
        <source>Audit log: {0}, {1}</source>
        <translation>Prüfprotokoll: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="61"/>
        <source>this station</source>
        <translation>diese Station</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="81"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="83"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="126"/>
        <source>{0} entries today, newest first.</source>
        <translation>{0} Einträge heute, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="135"/>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="145"/>
        <source>Export failed: {0}</source>
        <translation>Export fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="147"/>
        <source>Exported {0} entries to {1}.</source>
        <translation>{0} Einträge nach {1} exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="42"/>
        <source>Customs papers bypass</source>
        <translation>Zollpapiere übersprungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="46"/>
        <source>Audit log tampering</source>
        <translation>Manipulation des Prüfprotokolls</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="104"/>
        <source>Chain verified: {0} rows, none changed or removed.</source>
        <translation>Kette geprüft: {0} Zeilen, keine geändert oder entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="109"/>
        <source> First broken link: row {0}.</source>
        <translation> Erstes gebrochenes Glied: Zeile {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_view.py" line="111"/>
        <source>AUDIT LOG TAMPERED: {0}.{1}</source>
        <translation>PRÜFPROTOKOLL MANIPULIERT: {0}.{1}</translation>
    </message>
</context>
<context>
    <name>BenchController</name>
    <message>
        <location filename="../../ui/text/bench_words.py" line="49"/>
        <source>Not recognised: {0}</source>
        <translation>Nicht erkannt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="47"/>
        <source>Scan the packing slip&apos;s shipment barcode.</source>
        <translation>Sendungs-Barcode auf dem Lieferschein scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="36"/>
        <source>Completing {0}… {1} is next</source>
        <translation>{0} wird abgeschlossen… {1} ist als Nächstes dran</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="29"/>
        <source>Wait for the green confirmation.</source>
        <translation>Auf die grüne Bestätigung warten.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="37"/>
        <source>{0} has unsaved input</source>
        <translation>{0} hat ungespeicherte Eingaben</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="38"/>
        <source>Scan {0} again to discard it and load {0}, or press Ctrl+Enter to finish this one first.</source>
        <translation>{0} erneut scannen, um die Eingaben zu verwerfen und {0} zu laden, oder Strg+Enter drücken, um erst diese abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="30"/>
        <source>Scan the packing slip first</source>
        <translation>Zuerst den Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="41"/>
        <source>That was a tracking number ({0}).</source>
        <translation>Das war eine Sendungsnummer ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="42"/>
        <source>Check the label: it is {0}, the order is booked with {1}</source>
        <translation>Etikett prüfen: Es ist von {0}, die Bestellung ist mit {1} gebucht</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="31"/>
        <source>If the label is right, press Ctrl+Enter; otherwise scan the right label.</source>
        <translation>Stimmt das Etikett, Strg+Enter drücken; sonst das richtige Etikett scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="33"/>
        <source>Tracking {0} ({1})</source>
        <translation>Sendungsnummer {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="34"/>
        <source>Tracking {0}</source>
        <translation>Sendungsnummer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="27"/>
        <source>Press Ctrl+Enter to complete, or check the form first.</source>
        <translation>Strg+Enter drücken zum Abschließen, oder erst das Formular prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="91"/>
        <source>Not a tracking number: {0}</source>
        <translation>Keine Sendungsnummer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="48"/>
        <source>{0} packages</source>
        <translation>{0} Pakete</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="44"/>
        <source>That was a product barcode ({0}).</source>
        <translation>Das war ein Produkt-Barcode ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="46"/>
        <source>Looking up {0}</source>
        <translation>Suche {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="45"/>
        <source>Looking up {0}…</source>
        <translation>Suche {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="35"/>
        <source>{0}  (From the ready list, {1} old.)</source>
        <translation>{0}  (Aus der Bereit-Liste, {1} alt.)</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="50"/>
        <source>Barcode read incompletely: the start may be missing ({0})</source>
        <translation>Barcode unvollständig gelesen: der Anfang fehlt vielleicht ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="52"/>
        <source>Scan the packing slip again.</source>
        <translation>Lieferschein erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="53"/>
        <source>Label read incompletely: the start may be missing ({0})</source>
        <translation>Etikett unvollständig gelesen: der Anfang fehlt vielleicht ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="55"/>
        <source>Scan the carrier label again.</source>
        <translation>Versandetikett erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="57"/>
        <source>{0}: queued, OK to ship</source>
        <translation>{0}: in der Warteschlange, Versand OK</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="58"/>
        <source>Centra&apos;s rate limit is used up for a moment: Packstation sends it in about {0} s. Nothing is lost.</source>
        <translation>Centras Anfragelimit ist im Moment ausgeschöpft: Packstation sendet es in etwa {0} s. Nichts geht verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="61"/>
        <source>{0}: keep the parcel here — waiting on Centra&apos;s rate limit</source>
        <translation>{0}: Paket hier behalten — wartet auf Centras Anfragelimit</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="63"/>
        <source>The payment is captured in about {0} s; this screen says when the parcel may ship. Scan the next slip meanwhile.</source>
        <translation>Die Zahlung wird in etwa {0} s eingezogen; dieser Bildschirm sagt, wann das Paket versendet werden darf. Scanne inzwischen den nächsten Lieferschein.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="66"/>
        <source>DO NOT SHIP {0}: Centra refused the completion</source>
        <translation>{0} NICHT VERSENDEN: Centra hat das Abschließen abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="67"/>
        <source>Keep that parcel aside and hand it to your supervisor. Centra said: {0}</source>
        <translation>Lege dieses Paket beiseite und gib es deinem Schichtleiter. Centra sagte: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="69"/>
        <source>Hand that parcel over, then go on with {0}.</source>
        <translation>Gib dieses Paket ab und mach dann mit {0} weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="70"/>
        <source>Hand that parcel over. Scan the next slip.</source>
        <translation>Gib dieses Paket ab. Scanne den nächsten Lieferschein.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="71"/>
        <source>{0}: payment captured, OK to ship</source>
        <translation>{0}: Zahlung eingezogen, Versand OK</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="73"/>
        <source>Nothing to send yet</source>
        <translation>Noch nichts zu senden</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="74"/>
        <source>Scan the carrier label, or tick Good-to-go.</source>
        <translation>Versandetikett scannen oder Versandbereit anhaken.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="75"/>
        <source>Scan the tracking number first</source>
        <translation>Zuerst die Sendungsnummer scannen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="76"/>
        <source>The carrier label&apos;s barcode goes in Tracking.</source>
        <translation>Der Barcode des Versandetiketts gehört in Sendungsnummer.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="92"/>
        <source>Marking {0} good-to-go</source>
        <translation>{0} wird als versandbereit markiert</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="93"/>
        <source>{0} marked good-to-go</source>
        <translation>{0} als versandbereit markiert</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="84"/>
        <source>Completed {0}  ·  order {1}  ·  tracking {2}</source>
        <translation>Abgeschlossen {0}  ·  Bestellung {1}  ·  Sendungsnummer {2}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="85"/>
        <source>Completed {0}  ·  order {1}</source>
        <translation>Abgeschlossen {0}  ·  Bestellung {1}</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="86"/>
        <source>Completing {0}</source>
        <translation>{0} wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="56"/>
        <source>Please wait.</source>
        <translation>Bitte warten.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="88"/>
        <source>{0}: waiting to send to Centra</source>
        <translation>{0}: wartet auf Senden an Centra</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="94"/>
        <source>{0} Packstation keeps trying; nothing is lost.</source>
        <translation>{0} Packstation versucht es weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="89"/>
        <source>Ready for the next parcel.</source>
        <translation>Bereit für das nächste Paket.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="90"/>
        <source>DO NOT SHIP: payment not captured</source>
        <translation>NICHT VERSENDEN: Zahlung nicht eingezogen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="77"/>
        <source>{0} Locked: a supervisor can retry the capture (Retry), or scan the packing slip again once the customer has paid.</source>
        <translation>{0} Gesperrt: Ein Schichtleiter kann den Einzug wiederholen (Wiederholen), oder scannen Sie den Lieferschein erneut, sobald der Kunde bezahlt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="72"/>
        <source>DO NOT SHIP: payment capture failed</source>
        <translation>NICHT VERSENDEN: Zahlungseinzug fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="80"/>
        <source>Only a supervisor can retry the capture</source>
        <translation>Nur ein Schichtleiter kann den Einzug wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="81"/>
        <source>Unlock supervisor mode and press Retry, or scan the packing slip again once the customer has paid.</source>
        <translation>Schichtleiter-Modus entsperren und Wiederholen drücken, oder den Lieferschein erneut scannen, sobald der Kunde bezahlt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="95"/>
        <source>Scan a packing slip</source>
        <translation>Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/text/bench_words.py" line="87"/>
        <source>{0}: confirming with Centra…</source>
        <translation>{0}: wird mit Centra bestätigt…</translation>
    </message>
</context>
<context>
    <name>CentraError</name>
    <message>
        <location filename="../../ui/text/messages.py" line="42"/>
        <source>Centra error</source>
        <translation>Centra-Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="43"/>
        <source>Try again. If it keeps happening, call your supervisor.</source>
        <translation>Erneut versuchen. Passiert es weiter, den Schichtleiter rufen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="44"/>
        <source>Centra rejected the API key</source>
        <translation>Centra hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="45"/>
        <source>Ask a supervisor to check the API key in station setup.</source>
        <translation>Schichtleiter bitten, den API-Schlüssel in der Stationseinrichtung zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="46"/>
        <source>This call is not enabled in Centra&apos;s Order API plugin</source>
        <translation>Dieser Aufruf ist im Order-API-Plugin von Centra nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="47"/>
        <source>In Centra, open the Order API plugin and allow the endpoint under &apos;Allow access to the following endpoints&apos;.</source>
        <translation>In Centra das Order-API-Plugin öffnen und den Endpunkt unter &apos;Allow access to the following endpoints&apos; erlauben.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="50"/>
        <source>Centra refused</source>
        <translation>Centra hat abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="51"/>
        <source>Read Centra&apos;s reason above; nothing was changed.</source>
        <translation>Centras Grund oben lesen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="52"/>
        <source>Do not ship: payment capture failed</source>
        <translation>Nicht versenden: Zahlung konnte nicht eingezogen werden</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="53"/>
        <source>Keep the parcel at the station and hand it to your supervisor. The payment could not be taken; the shipment was not completed.</source>
        <translation>Paket an der Station behalten und dem Schichtleiter geben. Die Zahlung konnte nicht eingezogen werden; die Sendung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="56"/>
        <source>Centra is not answering properly</source>
        <translation>Centra antwortet nicht richtig</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="57"/>
        <source>Wait a moment and press Retry. Nothing is lost.</source>
        <translation>Kurz warten und Erneut versuchen drücken. Nichts geht verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="58"/>
        <source>Centra sent an answer Packstation cannot read</source>
        <translation>Centra hat eine Antwort gesendet, die Packstation nicht lesen kann</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="59"/>
        <source>Centra unreachable</source>
        <translation>Centra nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="60"/>
        <source>Check the network cable or Wi-Fi, then press Retry. Nothing was sent.</source>
        <translation>Netzwerkkabel oder WLAN prüfen, dann Erneut versuchen drücken. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="62"/>
        <source>Centra did not accept the connection in time</source>
        <translation>Centra hat die Verbindung nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="63"/>
        <source>Secure connection to Centra failed</source>
        <translation>Sichere Verbindung zu Centra fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="64"/>
        <source>The PC&apos;s clock or a proxy may be wrong. Call IT.</source>
        <translation>Die Uhr des PCs oder ein Proxy ist vielleicht falsch. IT anrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="65"/>
        <source>Centra took too long to answer</source>
        <translation>Centra hat zu lange nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="66"/>
        <source>Press Retry. Packstation checks Centra before sending anything again.</source>
        <translation>Erneut versuchen drücken. Packstation prüft Centra, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="68"/>
        <source>The connection to Centra was cut</source>
        <translation>Die Verbindung zu Centra wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="69"/>
        <source>Centra rejected the Integration API token</source>
        <translation>Centra hat das Integration-API-Token abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="70"/>
        <source>The token is wrong, revoked or expired (tokens last 30 days unless set otherwise). A supervisor creates a new token in Centra (System &gt; API Tokens) and enters it in station setup.</source>
        <translation>Das Token ist falsch, widerrufen oder abgelaufen (Tokens gelten 30 Tage, wenn nichts anderes eingestellt ist). Ein Schichtleiter erstellt in Centra ein neues Token (System &gt; API Tokens) und trägt es in der Stationseinrichtung ein.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="74"/>
        <source>The Integration API token lacks a permission</source>
        <translation>Dem Integration-API-Token fehlt eine Berechtigung</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="75"/>
        <source>A supervisor adds the permission named here to the token in Centra (System &gt; API Tokens), or enters a token that has it in station setup.</source>
        <translation>Ein Schichtleiter fügt dem Token in Centra (System &gt; API Tokens) die hier genannte Berechtigung hinzu oder trägt in der Stationseinrichtung ein Token ein, das sie hat.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="78"/>
        <source>Centra&apos;s rate limit is used up for the moment</source>
        <translation>Centras Anfragelimit ist im Moment ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="79"/>
        <source>Packstation waits as long as Centra asks, then sends it. Nothing is lost.</source>
        <translation>Packstation wartet so lange, wie Centra verlangt, und sendet dann. Nichts geht verloren.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="81"/>
        <source>Centra could not read Packstation&apos;s request</source>
        <translation>Centra konnte die Anfrage von Packstation nicht lesen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="82"/>
        <source>This is a fault in Packstation; the details are in the log. Call IT.</source>
        <translation>Das ist ein Fehler in Packstation; die Einzelheiten stehen im Protokoll. Rufen Sie die IT.</translation>
    </message>
</context>
<context>
    <name>CompletionForm</name>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="58"/>
        <source>Good-to-go (packed)</source>
        <translation>Versandbereit (gepackt)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="59"/>
        <source>Shipped (handed to carrier)</source>
        <translation>Versendet (an Versanddienst übergeben)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="62"/>
        <source>Scan the carrier label</source>
        <translation>Versandetikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="70"/>
        <source>One package less</source>
        <translation>Ein Paket weniger</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="71"/>
        <source>One package more</source>
        <translation>Ein Paket mehr</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="89"/>
        <source>Added to the order&apos;s internal comment</source>
        <translation>Wird dem internen Kommentar der Bestellung hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="90"/>
        <source>Capture payment when completing</source>
        <translation>Zahlung beim Abschließen einziehen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="117"/>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="118"/>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="119"/>
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="122"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="123"/>
        <source>Return-slip tracking</source>
        <translation>Retouren-Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="124"/>
        <source>Internal comment</source>
        <translation>Interner Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="149"/>
        <source>Less ▴</source>
        <translation>Weniger ▴</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="150"/>
        <source>More: service, return slip, comment ▾</source>
        <translation>Mehr: Service, Retourenschein, Kommentar ▾</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="289"/>
        <source>Complete shipment   (Ctrl+Enter)</source>
        <translation>Sendung abschließen   (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="291"/>
        <source>Sends carrier, tracking and packages to Centra and marks the shipment shipped. The payment is captured if needed.</source>
        <translation>Sendet Versanddienst, Sendungsnummer und Pakete an Centra und markiert die Sendung als versendet. Die Zahlung wird bei Bedarf eingezogen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="294"/>
        <source>Mark good-to-go only   (Ctrl+Enter)</source>
        <translation>Nur als versandbereit markieren   (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="296"/>
        <source>Tells Centra the parcel is packed. Tick Shipped when it is handed to the carrier to complete it.</source>
        <translation>Meldet Centra, dass das Paket gepackt ist. Versendet anhaken, wenn es übergeben ist, um abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="299"/>
        <source>Scan a packing slip first</source>
        <translation>Zuerst einen Lieferschein scannen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="302"/>
        <source>Tick Good-to-go or scan tracking</source>
        <translation>Versandbereit anhaken oder Sendungsnummer scannen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/completion_form.py" line="304"/>
        <source>Scan the carrier label: tracking is filled in and both boxes are ticked.</source>
        <translation>Versandetikett scannen: die Sendungsnummer wird eingetragen und beide Kästchen angehakt.</translation>
    </message>
</context>
<context>
    <name>EarlyScans</name>
    <message>
        <location filename="../../ui/early_scans.py" line="49"/>
        <source>Starting… {0} scan(s) kept</source>
        <translation>Startet… {0} Scan(s) gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/early_scans.py" line="50"/>
        <source>They are looked up in a moment; nothing is lost.</source>
        <translation>Sie werden gleich gesucht; nichts geht verloren.</translation>
    </message>
</context>
<context>
    <name>EmailChoice</name>
    <message>
        <location filename="../../ui/text/email_words.py" line="16"/>
        <source>Store setting</source>
        <translation>Shop-Einstellung</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="17"/>
        <source>Send the e-mail</source>
        <translation>E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="18"/>
        <source>Don&apos;t send the e-mail</source>
        <translation>Keine E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="25"/>
        <source>Centra&apos;s store setting decides whether the customer gets the shipping e-mail.</source>
        <translation>Die Shop-Einstellung in Centra entscheidet, ob der Kunde die Versand-E-Mail erhält.</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="27"/>
        <source>Centra sends the shipping e-mail for this shipment.</source>
        <translation>Centra sendet die Versand-E-Mail für diese Sendung.</translation>
    </message>
    <message>
        <location filename="../../ui/text/email_words.py" line="29"/>
        <source>Centra sends no shipping e-mail for this shipment.</source>
        <translation>Centra sendet für diese Sendung keine Versand-E-Mail.</translation>
    </message>
</context>
<context>
    <name>EmailChoiceBox</name>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="76"/>
        <source>Station default: {0}.</source>
        <translation>Stationsstandard: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="78"/>
        <source>Only a supervisor can change this.</source>
        <translation>Nur ein Schichtleiter kann das ändern.</translation>
    </message>
</context>
<context>
    <name>LocalNote</name>
    <message>
        <location filename="../../ui/local_note.py" line="26"/>
        <source>{0} is already waiting to send</source>
        <translation>{0} wartet bereits auf das Senden</translation>
    </message>
    <message>
        <location filename="../../ui/local_note.py" line="31"/>
        <source>{0} was already completed at {1} at this station</source>
        <translation>{0} wurde bereits um {1} an dieser Station abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/local_note.py" line="33"/>
        <source>Do not ship it again.</source>
        <translation>Nicht erneut versenden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both boxes  ·  Ctrl+Enter completes  ·  Esc clears</source>
        <translation>Lieferschein scannen → Fokus springt zur Sendungsnummer  ·  Etikett scannen oder tippen + Enter → hakt beide an  ·  Strg+Enter schließt ab  ·  Esc leert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Demo barcodes: scan, type or click</source>
        <translation>Demo-Barcodes: scannen, tippen oder klicken</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/text/messages.py" line="143"/>
        <source>{0}: paid and ready to pack</source>
        <translation>{0}: bezahlt und bereit zum Packen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="145"/>
        <source>Pack the items, then scan the carrier label.</source>
        <translation>Artikel packen, dann das Versandetikett scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="147"/>
        <source>{0}: ready, payment is taken when you complete</source>
        <translation>{0}: bereit, die Zahlung wird beim Abschließen eingezogen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="150"/>
        <source>Do not hand the parcel over until Completed shows green.</source>
        <translation>Paket erst übergeben, wenn Abgeschlossen grün erscheint.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="153"/>
        <source>{0} is not good-to-go yet</source>
        <translation>{0} ist noch nicht versandbereit</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="155"/>
        <source>Tick Good-to-go when it is packed, or put the slip aside and ask your supervisor.</source>
        <translation>Versandbereit anhaken, wenn gepackt, oder den Lieferschein beiseitelegen und den Schichtleiter fragen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="158"/>
        <source>{0} is ON HOLD: do not pack</source>
        <translation>{0} ist ANGEHALTEN: nicht packen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="160"/>
        <source>Put the slip aside and tell your supervisor.</source>
        <translation>Lieferschein beiseitelegen und dem Schichtleiter Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="162"/>
        <source>{0} is NOT PAID: do not ship</source>
        <translation>{0} ist NICHT BEZAHLT: nicht versenden</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="164"/>
        <source>There is no payment to capture. Put the slip aside and tell your supervisor.</source>
        <translation>Es gibt keine Zahlung zum Einziehen. Lieferschein beiseitelegen und dem Schichtleiter Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="168"/>
        <source>{0} is already completed (tracking {1})</source>
        <translation>{0} ist bereits abgeschlossen (Sendungsnummer {1})</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="171"/>
        <source>{0} is already completed</source>
        <translation>{0} ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="173"/>
        <source>Do not ship it again. Put the slip aside.</source>
        <translation>Nicht erneut versenden. Lieferschein beiseitelegen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="175"/>
        <source>Order {0} has {1} open shipments</source>
        <translation>Bestellung {0} hat {1} offene Sendungen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="177"/>
        <source>Scan the shipment ID on the slip, or pick one below.</source>
        <translation>Sendungs-ID auf dem Lieferschein scannen oder unten eine wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="180"/>
        <source>Nothing found for {0}</source>
        <translation>Nichts gefunden für {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="181"/>
        <source>Check the slip. Scan the shipment ID (like 41001-1) or order number.</source>
        <translation>Lieferschein prüfen. Sendungs-ID (z. B. 41001-1) oder Bestellnummer scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="189"/>
        <source>Shipment {0} is already waiting to be sent; it will not be completed twice.</source>
        <translation>Sendung {0} wartet bereits auf das Senden; sie wird nicht zweimal abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="192"/>
        <location filename="../../ui/text/messages.py" line="198"/>
        <source>Do not send it again.</source>
        <translation>Nicht erneut senden.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="195"/>
        <source>Shipment {0} was already completed at {1} at this station.</source>
        <translation>Sendung {0} wurde bereits um {1} an dieser Station abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="203"/>
        <source>Could not save this completion: nothing was sent</source>
        <translation>Abschluss konnte nicht gespeichert werden: nichts wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="204"/>
        <source>{0} Call IT; keep the parcel at the station.</source>
        <translation>{0} IT anrufen; Paket an der Station behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="207"/>
        <source>DO NOT SHIP: payment capture failed</source>
        <translation>NICHT VERSENDEN: Zahlung konnte nicht eingezogen werden</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="210"/>
        <source>Centra refused: {0}</source>
        <translation>Centra hat abgelehnt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="212"/>
        <source>Nothing was changed. Put the slip aside and tell your supervisor.</source>
        <translation>Nichts wurde geändert. Lieferschein beiseitelegen und dem Schichtleiter Bescheid geben.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="215"/>
        <location filename="../../ui/text/messages.py" line="218"/>
        <location filename="../../ui/text/messages.py" line="223"/>
        <location filename="../../ui/text/messages.py" line="227"/>
        <source>{0} failed: {1}</source>
        <translation>{0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="230"/>
        <source>{0} failed unexpectedly</source>
        <translation>{0} unerwartet fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="231"/>
        <source>{0}. Press Retry; if it repeats, call IT.</source>
        <translation>{0}. Erneut versuchen drücken; passiert es wieder, IT anrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="271"/>
        <source>Completed in Centra: OK to ship.</source>
        <translation>In Centra abgeschlossen: darf versendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="273"/>
        <source>Pull parcel {0} back: Centra refused the completion ({1}).</source>
        <translation>Paket {0} zurückholen: Centra hat den Abschluss abgelehnt ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="274"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="279"/>
        <source>Payment captured; confirming the completion with Centra… OK to ship.</source>
        <translation>Zahlung eingezogen; das Abschließen wird mit Centra bestätigt… Versand OK.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="286"/>
        <source>Payment captured; the completion is queued: OK to ship.</source>
        <translation>Zahlung eingezogen; das Abschließen ist in der Warteschlange: Versand OK.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="288"/>
        <source>Keep the parcel at the station until confirmed.</source>
        <translation>Paket an der Station behalten, bis es bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="289"/>
        <source>Queued: OK to ship.</source>
        <translation>In der Warteschlange: darf versendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="301"/>
        <source>completed, writing the comment</source>
        <translation>abgeschlossen, Kommentar wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="303"/>
        <source>captured, completing</source>
        <translation>eingezogen, wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="305"/>
        <source>capturing the payment</source>
        <translation>Zahlung wird eingezogen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="307"/>
        <source>completing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="311"/>
        <source>waiting on Centra&apos;s rate limit, about {0} s</source>
        <translation>wartet auf Centras Anfragelimit, etwa {0} s</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="137"/>
        <source>{0}: SUSPECT order, check before you pack</source>
        <translation>{0}: VERDÄCHTIGE Bestellung, vor dem Packen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="100"/>
        <source>The key comes from the PACKSTATION_API_KEY environment variable on this PC: ask IT to correct it there, then restart Packstation.</source>
        <translation>Der Schlüssel kommt aus der Umgebungsvariable PACKSTATION_API_KEY auf diesem PC: IT bitten, ihn dort zu korrigieren, dann Packstation neu starten.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="103"/>
        <source>Ask a supervisor or IT to enter the right key: start Packstation with --setup (the key is kept in the PC&apos;s keyring).</source>
        <translation>Schichtleiter oder IT bitten, den richtigen Schlüssel einzugeben: Packstation mit --setup starten (der Schlüssel liegt im Schlüsselbund des PCs).</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="118"/>
        <source>{0}  ·  READ THE CUSTOMER&apos;S NOTE</source>
        <translation>{0}  ·  KUNDENHINWEIS LESEN</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="120"/>
        <source>Customer note: {0}</source>
        <translation>Kundenhinweis: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="139"/>
        <source>Centra flagged this order as suspect (possible fraud). Ask your supervisor before it leaves.</source>
        <translation>Centra hat diese Bestellung als verdächtig markiert (möglicher Betrug). Frag den Schichtleiter, bevor sie rausgeht.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="238"/>
        <source>Packstation cannot save anything: {0} Call IT before completing more parcels.</source>
        <translation>Packstation kann nichts speichern: {0} Rufen Sie die IT, bevor Sie weitere Pakete abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="241"/>
        <source>Centra COMPLETED {0}, but Packstation could not record it</source>
        <translation>Centra hat {0} ABGESCHLOSSEN, aber Packstation konnte es nicht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="243"/>
        <source>The parcel may ship.</source>
        <translation>Das Paket darf versendet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="246"/>
        <source>Centra REFUSED {0}: do not ship</source>
        <translation>Centra hat {0} ABGELEHNT: nicht versenden</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="248"/>
        <source>{0} was sent to Centra, no answer came, and Packstation could not record it</source>
        <translation>{0} wurde an Centra gesendet, es kam keine Antwort, und Packstation konnte es nicht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="251"/>
        <source>{0} did not reach Centra, and Packstation could not record it</source>
        <translation>{0} hat Centra nicht erreicht, und Packstation konnte es nicht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="253"/>
        <source>Keep the parcel at the station.</source>
        <translation>Behalten Sie das Paket am Platz.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="261"/>
        <source>The audit log was deleted, replaced or edited since the last start</source>
        <translation>Das Prüfprotokoll wurde seit dem letzten Start gelöscht, ersetzt oder bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="263"/>
        <source>{0}. Completions that were waiting to be sent may be lost: check today&apos;s parcels in Centra and call IT.</source>
        <translation>{0}. Abschlüsse, die auf den Versand warteten, können verloren sein: prüfen Sie die heutigen Pakete in Centra und rufen Sie die IT.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="282"/>
        <source>Confirming with Centra… Keep the parcel at the station until confirmed.</source>
        <translation>Wird mit Centra bestätigt… Behalten Sie das Paket am Platz, bis es bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/text/messages.py" line="284"/>
        <source>Confirming with Centra… OK to ship.</source>
        <translation>Wird mit Centra bestätigt… Versand OK.</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="35"/>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="105"/>
        <source>{0} (since {1}): {2}</source>
        <translation>{0} (seit {1}): {2}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="84"/>
        <source>Waiting to send ({0})</source>
        <translation>Wartet auf Senden ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="102"/>
        <source>{0} (since {1}), {2}: {3}</source>
        <translation>{0} (seit {1}), {2}: {3}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="124"/>
        <source>PULL PARCEL {0} BACK — {1}</source>
        <translation>PAKET {0} ZURÜCKHOLEN — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="125"/>
        <source>Centra refused it</source>
        <translation>Centra hat abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="129"/>
        <source>Pulled back — OK</source>
        <translation>Zurückgeholt — OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="87"/>
        <source> {0} completion(s) not yet sent are held by this window: do not close Packstation.</source>
        <translation> {0} noch nicht gesendete Abschlüsse gibt es nur in diesem Fenster: Packstation nicht schließen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/outbox_panel.py" line="89"/>
        <source>COMPLETIONS STOPPED — {0}{1} Call IT.</source>
        <translation>ABSCHLÜSSE GESTOPPT — {0}{1} Rufen Sie die IT.</translation>
    </message>
</context>
<context>
    <name>PapersController</name>
    <message>
        <location filename="../../ui/papers.py" line="169"/>
        <source>Leaves the EU customs union ({0}): customs papers go with it.</source>
        <translation>Verlässt die EU-Zollunion ({0}): Zollpapiere müssen mit.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="184"/>
        <source>Customs papers not printed: {0}</source>
        <translation>Zollpapiere nicht gedruckt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="186"/>
        <source>Retry, or a supervisor can ship it without them (reason in the strip).</source>
        <translation>Erneut versuchen, oder ein Schichtleiter kann ohne sie versenden (Grund im Feld).</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="209"/>
        <source>No documents to print</source>
        <translation>Keine Dokumente zum Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="210"/>
        <source>Centra sent no delivery note or proforma link.</source>
        <translation>Centra hat keinen Link zu Lieferschein oder Proformarechnung geschickt.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="240"/>
        <source>Customs papers bypassed: {0}</source>
        <translation>Zollpapiere übersprungen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="241"/>
        <source>Press Ctrl+Enter to complete.</source>
        <translation>Strg+Enter drücken zum Abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="272"/>
        <source>{0} did not download</source>
        <translation>{0} wurde nicht heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="273"/>
        <location filename="../../ui/papers.py" line="286"/>
        <source>Press Retry.</source>
        <translation>Erneut versuchen drücken.</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="285"/>
        <source>{0} did not print</source>
        <translation>{0} wurde nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="300"/>
        <source>Proforma invoice</source>
        <translation>Proformarechnung</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="301"/>
        <source>Delivery note</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="302"/>
        <source>{0} for {1}</source>
        <translation>{0} für {1}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="306"/>
        <source>still downloading</source>
        <translation>wird noch heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="307"/>
        <source>ready, not printed</source>
        <translation>bereit, nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="308"/>
        <location filename="../../ui/papers.py" line="314"/>
        <source>Centra sent no link for it</source>
        <translation>Centra hat keinen Link dafür geschickt</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="315"/>
        <source>the document server did not answer</source>
        <translation>der Dokumentserver hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="316"/>
        <source>the document server refused the request</source>
        <translation>der Dokumentserver hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="317"/>
        <source>the document was not found</source>
        <translation>das Dokument wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="318"/>
        <source>the document server had an error</source>
        <translation>der Dokumentserver hatte einen Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="319"/>
        <source>the answer was not a PDF</source>
        <translation>die Antwort war kein PDF</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="320"/>
        <source>the document is too large</source>
        <translation>das Dokument ist zu groß</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="321"/>
        <location filename="../../ui/papers.py" line="322"/>
        <source>the download failed</source>
        <translation>der Download ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="326"/>
        <source>printed ✓</source>
        <translation>gedruckt ✓</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="328"/>
        <source>downloading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="330"/>
        <source>ready, prints on Complete</source>
        <translation>bereit, wird beim Abschließen gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="332"/>
        <source>no link from Centra</source>
        <translation>kein Link von Centra</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="334"/>
        <source>download failed: {0}</source>
        <translation>Download fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="335"/>
        <source>print failed: {0}</source>
        <translation>Druck fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="344"/>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="360"/>
        <source>Customs papers ({0})</source>
        <translation>Zollpapiere ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="363"/>
        <source>Papers</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>PapersSettings</name>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="34"/>
        <source>The PC&apos;s default printer</source>
        <translation>Standarddrucker des PCs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="43"/>
        <source>Scan the bundle&apos;s own code</source>
        <translation>Den eigenen Code des Bündels scannen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="49"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="49"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="50"/>
        <source>Leaving the EU</source>
        <translation>Verlässt die EU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="61"/>
        <source>Proforma (customs)</source>
        <translation>Proforma (Zoll)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="62"/>
        <source>Delivery note</source>
        <translation>Lieferschein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="70"/>
        <source>Papers printer</source>
        <translation>Drucker für Dokumente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/papers_settings.py" line="71"/>
        <source>Bundles pre-packed</source>
        <translation>Bündel vorverpackt</translation>
    </message>
</context>
<context>
    <name>PapersStrip</name>
    <message>
        <location filename="../../ui/papers.py" line="84"/>
        <source>Print papers ({0})</source>
        <translation>Dokumente drucken ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="85"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/papers.py" line="93"/>
        <source>Supervisor: reason to ship without customs papers, then Enter</source>
        <translation>Schichtleiter: Grund für Versand ohne Zollpapiere, dann Enter</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="25"/>
        <source>Supervisor</source>
        <translation>Schichtleiter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="26"/>
        <source>Supervisor PIN, then Enter</source>
        <translation>Schichtleiter-PIN, dann Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="27"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="27"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="25"/>
        <source>Supervisor mode</source>
        <translation>Schichtleitermodus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="22"/>
        <source>Unlocks station settings, the shipping e-mail choice and the audit log. It locks again after 2 minutes without use and after each completed shipment.</source>
        <translation>Entsperrt Stationseinstellungen, die Wahl der Versand-E-Mail und das Prüfprotokoll. Sperrt wieder nach 2 Minuten ohne Nutzung und nach jeder abgeschlossenen Sendung.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="24"/>
        <source>Demo: the PIN is {0}</source>
        <translation>Demo: die PIN ist {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="35"/>
        <source>No supervisor PIN is set on this station. Ask IT to run station setup.</source>
        <translation>An dieser Station ist keine Schichtleiter-PIN gesetzt. IT bitten, die Stationseinrichtung auszuführen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="56"/>
        <source>That was a barcode scan, not a PIN: nothing was tried. Type the PIN, or Cancel and scan again.</source>
        <translation>Das war ein Barcode-Scan, keine PIN: Es wurde nichts versucht. PIN eingeben oder Abbrechen und erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="64"/>
        <source>Too many wrong PINs. Try again in {0}.</source>
        <translation>Zu viele falsche PINs. In {0} erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ReadyList</name>
    <message>
        <location filename="../../ui/ready_list.py" line="125"/>
        <source>Centra rejected the API key</source>
        <translation>Centra hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="128"/>
        <source>Ready list: loading…</source>
        <translation>Bereit-Liste: lädt…</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="129"/>
        <source>Ready list: Centra not answering</source>
        <translation>Bereit-Liste: Centra antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="130"/>
        <source>Ready list: {0} · {1} old</source>
        <translation>Bereit-Liste: {0} · {1} alt</translation>
    </message>
    <message>
        <location filename="../../ui/ready_list.py" line="131"/>
        <source>{0} · OFFLINE</source>
        <translation>{0} · OFFLINE</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/widgets/scan_bar.py" line="18"/>
        <source>Scan a packing slip, or type a shipment ID and press Enter</source>
        <translation>Lieferschein scannen oder Sendungs-ID eingeben und Enter drücken</translation>
    </message>
</context>
<context>
    <name>ScanWords</name>
    <message>
        <location filename="../../ui/text/scan_words.py" line="21"/>
        <source>Empty scan</source>
        <translation>Leerer Scan</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="22"/>
        <source>2D label data: scan the 1D tracking barcode</source>
        <translation>2D-Etikettdaten: den 1D-Barcode der Sendungsnummer scannen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="23"/>
        <source>QR or other 2D code</source>
        <translation>QR- oder anderer 2D-Code</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="24"/>
        <source>Web address (QR code)</source>
        <translation>Webadresse (QR-Code)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="25"/>
        <source>Contains control characters; not a barcode</source>
        <translation>Enthält Steuerzeichen; kein Barcode</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="26"/>
        <source>Too long ({0} characters) to be a label barcode</source>
        <translation>Zu lang ({0} Zeichen) für einen Etiketten-Barcode</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="27"/>
        <source>Unknown command barcode ({0})</source>
        <translation>Unbekannter Befehls-Barcode ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="28"/>
        <source>Command: {0}</source>
        <translation>Befehl: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="29"/>
        <source>Centra shipment ID</source>
        <translation>Centra-Sendungs-ID</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="30"/>
        <source>Free text, not a barcode this app uses</source>
        <translation>Freitext, kein Barcode, den die App verwendet</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="31"/>
        <source>Unexpected characters (check the scanner&apos;s keyboard layout)</source>
        <translation>Unerwartete Zeichen (Tastaturlayout des Scanners prüfen)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="32"/>
        <source>Not a barcode this app recognises</source>
        <translation>Kein Barcode, den die App erkennt</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="33"/>
        <source>{0} product code</source>
        <translation>Produktcode ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="34"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="35"/>
        <source>{0} digits: not an order, product or parcel number this app knows</source>
        <translation>{0} Ziffern: keine Bestell-, Produkt- oder Paketnummer, die die App kennt</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="37"/>
        <source>SSCC parcel number</source>
        <translation>SSCC-Paketnummer (NVE)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="38"/>
        <source>Unreadable GS1 data ({0})</source>
        <translation>Unlesbare GS1-Daten ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="39"/>
        <source>Product (GS1 GTIN)</source>
        <translation>Produkt (GS1-GTIN)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="40"/>
        <source>GS1 consignment number</source>
        <translation>GS1-Konsignationsnummer (GINC)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="41"/>
        <source>GS1 shipment number</source>
        <translation>GS1-Lieferungsnummer (GSIN)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="42"/>
        <source>GS1 data without a parcel, product or consignment number</source>
        <translation>GS1-Daten ohne Paket-, Produkt- oder Konsignationsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="43"/>
        <source>Could not read this scan ({0})</source>
        <translation>Dieser Scan konnte nicht gelesen werden ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="44"/>
        <source>UPS tracking number</source>
        <translation>UPS-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="45"/>
        <source>International postal item ({0}, UPU S10)</source>
        <translation>Internationale Postsendung ({0}, UPU S10)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="46"/>
        <source>USPS tracking number (IMpb)</source>
        <translation>USPS-Sendungsnummer (IMpb)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="47"/>
        <source>FedEx tracking number (from the 34-digit barcode)</source>
        <translation>FedEx-Sendungsnummer (aus dem 34-stelligen Barcode)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="48"/>
        <source>FedEx Ground tracking number</source>
        <translation>FedEx-Ground-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="49"/>
        <source>FedEx Express tracking number</source>
        <translation>FedEx-Express-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="50"/>
        <source>DHL Express waybill number</source>
        <translation>DHL-Express-Frachtbriefnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="51"/>
        <source>DHL piece number (JJD/JVGL)</source>
        <translation>DHL-Packstücknummer (JJD/JVGL)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="52"/>
        <source>DHL Parcel tracking number (3S)</source>
        <translation>DHL-Parcel-Sendungsnummer (3S)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="53"/>
        <source>DHL eCommerce tracking number</source>
        <translation>DHL-eCommerce-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="54"/>
        <source>DHL Paket parcel number</source>
        <translation>DHL-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="55"/>
        <source>Postal item number with an unknown country code ({0})</source>
        <translation>Postsendungsnummer mit unbekanntem Ländercode ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="56"/>
        <source>UPS Mail Innovations tracking number</source>
        <translation>UPS-Mail-Innovations-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="57"/>
        <source>FedEx SmartPost tracking number</source>
        <translation>FedEx-SmartPost-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="58"/>
        <source>GLS parcel number</source>
        <translation>GLS-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="59"/>
        <source>DPD parcel number</source>
        <translation>DPD-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="60"/>
        <source>DPD parcel number (check character {0})</source>
        <translation>DPD-Paketnummer (Prüfzeichen {0})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="61"/>
        <source>Hermes parcel number</source>
        <translation>Hermes-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="62"/>
        <source>Yodel parcel number</source>
        <translation>Yodel-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="63"/>
        <source>Posti parcel number</source>
        <translation>Posti-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="64"/>
        <source>Colissimo parcel number</source>
        <translation>Colissimo-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="65"/>
        <source>DB Schenker shipment number</source>
        <translation>DB-Schenker-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="66"/>
        <source>InPost parcel number</source>
        <translation>InPost-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="67"/>
        <source>Evri parcel number</source>
        <translation>Evri-Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="68"/>
        <source>All zeros: not a parcel number</source>
        <translation>Nur Nullen: keine Paketnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="69"/>
        <source>Tracking number (carrier not recognised)</source>
        <translation>Sendungsnummer (Versanddienst nicht erkannt)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="70"/>
        <source>That is a product barcode, not a tracking number</source>
        <translation>Das ist ein Produkt-Barcode, keine Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="71"/>
        <source>That is a Centra shipment ID ({0}), not a tracking number</source>
        <translation>Das ist eine Centra-Sendungs-ID ({0}), keine Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="72"/>
        <source>That is a command barcode ({0}), not a tracking number</source>
        <translation>Das ist ein Befehls-Barcode ({0}), keine Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="73"/>
        <source>That is the order number, not a tracking number</source>
        <translation>Das ist die Bestellnummer, keine Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="74"/>
        <source>Too short for a tracking number</source>
        <translation>Zu kurz für eine Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="75"/>
        <source>That is a QR code or text, not a tracking number: scan the 1D barcode</source>
        <translation>Das ist ein QR-Code oder Text, keine Sendungsnummer: den 1D-Barcode scannen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="77"/>
        <source>Letters swapped by the keyboard layout: this looks like a {1} number ({0}). Set the scanner to this PC&apos;s keyboard layout (Station settings &gt; Test scanner) or type the number</source>
        <translation>Buchstaben durch das Tastaturlayout vertauscht: Das sieht aus wie eine {1}-Nummer ({0}). Stellen Sie den Scanner auf das Tastaturlayout dieses PCs ein (Stationseinstellungen &gt; Scanner testen) oder tippen Sie die Nummer ein</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="81"/>
        <source>Missing its start? This looks like a {1} number without its first character(s) ({0}). Scan the carrier label again</source>
        <translation>Fehlt der Anfang? Das sieht aus wie eine {1}-Nummer ohne ihre ersten Zeichen ({0}). Versandetikett erneut scannen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="84"/>
        <source>{0} with a wrong check digit</source>
        <translation>{0} mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="85"/>
        <source>SSCC with a wrong check digit</source>
        <translation>SSCC mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="86"/>
        <source>GTIN with a wrong check digit</source>
        <translation>GTIN mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="87"/>
        <source>UPS tracking number with a wrong check digit</source>
        <translation>UPS-Sendungsnummer mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="88"/>
        <source>International postal item ({0}, UPU S10) with a wrong check digit</source>
        <translation>Internationale Postsendung ({0}, UPU S10) mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="90"/>
        <source>USPS barcode with a wrong check digit</source>
        <translation>USPS-Barcode mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="91"/>
        <source>FedEx barcode with a wrong check digit</source>
        <translation>FedEx-Barcode mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="92"/>
        <source>FedEx Ground barcode with a wrong check digit</source>
        <translation>FedEx-Ground-Barcode mit falscher Prüfziffer</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="93"/>
        <source>DPD barcode with a wrong check character</source>
        <translation>DPD-Barcode mit falschem Prüfzeichen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="94"/>
        <source>{0} (ship-to postal code {1})</source>
        <translation>{0} (PLZ des Empfängers {1})</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="95"/>
        <source>{0} (separator changed by the keyboard layout)</source>
        <translation>{0} (Trennzeichen vom Tastaturlayout geändert)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="96"/>
        <source>{0} (used by PostNord, Bring, DB Schenker and others)</source>
        <translation>{0} (verwendet von PostNord, Bring, DB Schenker u. a.)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="97"/>
        <source>{0}: check the number or scan again</source>
        <translation>{0}: Nummer prüfen oder erneut scannen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="98"/>
        <source>{0}: read as {1} because the order is booked with {1}</source>
        <translation>{0}: als {1} gelesen, weil die Bestellung mit {1} gebucht ist</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="99"/>
        <source>{0} (could also be {1}: check the label)</source>
        <translation>{0} (könnte auch {1} sein: Etikett prüfen)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="100"/>
        <source>{0} (the same digits are also a product code)</source>
        <translation>{0} (dieselben Ziffern sind auch ein Produktcode)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="101"/>
        <source>{0}. It may be the label&apos;s routing code (Leitcode): check that you scanned the parcel number</source>
        <translation>{0}. Das kann der Leitcode des Etiketts sein: prüfen Sie, ob Sie die Paketnummer gescannt haben</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="103"/>
        <source>Complete shipment</source>
        <translation>Sendung abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="104"/>
        <source>Cancel / start over</source>
        <translation>Abbrechen / neu beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="105"/>
        <source>Next package</source>
        <translation>Nächstes Paket</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="106"/>
        <source>Good to go (mark shipment ready)</source>
        <translation>Versandbereit (Sendung als bereit markieren)</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="107"/>
        <source>Print this command sheet</source>
        <translation>Dieses Befehlsblatt drucken</translation>
    </message>
    <message>
        <location filename="../../ui/text/scan_words.py" line="108"/>
        <source>Print the parcel&apos;s papers</source>
        <translation>Dokumente des Pakets drucken</translation>
    </message>
</context>
<context>
    <name>ScannerTest</name>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="17"/>
        <source>Nothing arrived from the scanner.</source>
        <translation>Vom Scanner kam nichts an.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="18"/>
        <source>Check the cable or the scanner&apos;s pairing, then scan again.</source>
        <translation>Kabel oder Kopplung des Scanners prüfen, dann erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="19"/>
        <source>That was not the SCANNER TEST barcode (received {0}).</source>
        <translation>Das war nicht der Barcode SCANNER TEST (empfangen: {0}).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="20"/>
        <source>Scan the SCANNER TEST barcode on the command sheet.</source>
        <translation>Den Barcode SCANNER TEST auf dem Befehlsblatt scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="21"/>
        <source>Keyboard layout mismatch: the scanner sends {0} keys, Windows uses {1}.</source>
        <translation>Tastaturlayout passt nicht: Der Scanner sendet das {0} Layout, Windows verwendet das {1} Layout.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="23"/>
        <source>Set the scanner&apos;s keyboard language to {1} (programming barcode in its manual), or use its &apos;ALT+numpad&apos; mode.</source>
        <translation>Am Scanner das {1} Tastaturlayout einstellen (Programmier-Barcode im Handbuch) oder seinen Modus &apos;ALT+Ziffernblock&apos; verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="25"/>
        <source>Upper and lower case letters are swapped.</source>
        <translation>Groß- und Kleinbuchstaben sind vertauscht.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="26"/>
        <source>Turn Caps Lock off, or set the scanner to ignore Caps Lock.</source>
        <translation>Feststelltaste ausschalten oder den Scanner so einstellen, dass er sie ignoriert.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="27"/>
        <source>All letters arrive in upper case.</source>
        <translation>Alle Buchstaben kommen als Großbuchstaben an.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="28"/>
        <source>All letters arrive in lower case.</source>
        <translation>Alle Buchstaben kommen als Kleinbuchstaben an.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="29"/>
        <source>Turn off the scanner&apos;s case conversion setting.</source>
        <translation>Die Groß-/Kleinschreibungs-Umwandlung des Scanners ausschalten.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="30"/>
        <source>Characters were lost: {0} of {1} arrived.</source>
        <translation>Zeichen gingen verloren: {0} von {1} kamen an.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="31"/>
        <source>Set a small delay between characters in the scanner&apos;s setup (e.g. 5 ms), then scan again.</source>
        <translation>Im Scanner eine kleine Verzögerung zwischen den Zeichen einstellen (z. B. 5 ms), dann erneut scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="33"/>
        <source>Some characters arrived changed: {0}.</source>
        <translation>Einige Zeichen kamen verändert an: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="34"/>
        <source>Check the scanner&apos;s keyboard language and character settings.</source>
        <translation>Tastatursprache und Zeicheneinstellungen des Scanners prüfen.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="36"/>
        <source>The scanner adds {0} before each scan.</source>
        <translation>Der Scanner setzt {0} vor jeden Scan.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="37"/>
        <source>Remove the prefix in the scanner&apos;s setup (programming barcode in its manual).</source>
        <translation>Das Präfix im Scanner entfernen (Programmier-Barcode im Handbuch).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="39"/>
        <source>The scanner adds {0} after each scan.</source>
        <translation>Der Scanner hängt {0} an jeden Scan an.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="40"/>
        <source>Remove the suffix in the scanner&apos;s setup (programming barcode in its manual).</source>
        <translation>Das Suffix im Scanner entfernen (Programmier-Barcode im Handbuch).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="42"/>
        <source>The scan did not end with Enter.</source>
        <translation>Der Scan endete nicht mit Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="43"/>
        <source>Set the scanner to send Enter after each scan.</source>
        <translation>Den Scanner so einstellen, dass er nach jedem Scan Enter sendet.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="44"/>
        <source>The scanner types too slowly: the longest pause between keys was {0} ms, this station allows {1} ms.</source>
        <translation>Der Scanner tippt zu langsam: Die längste Pause zwischen Tasten war {0} ms, diese Station erlaubt {1} ms.</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="46"/>
        <source>Set the scanner to send without a delay between characters (USB keyboard mode, fastest speed).</source>
        <translation>Den Scanner so einstellen, dass er ohne Verzögerung zwischen den Zeichen sendet (USB-Tastaturmodus, höchste Geschwindigkeit).</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="51"/>
        <source>US</source>
        <translation>US-amerikanische</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="52"/>
        <source>UK</source>
        <translation>britische</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="53"/>
        <source>German</source>
        <translation>deutsche</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="54"/>
        <source>Swedish</source>
        <translation>schwedische</translation>
    </message>
    <message>
        <location filename="../../ui/text/scanner_test_words.py" line="55"/>
        <source>French</source>
        <translation>französische</translation>
    </message>
</context>
<context>
    <name>ScannerTestDialog</name>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="45"/>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="61"/>
        <source>Test scanner</source>
        <translation>Scanner testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="63"/>
        <source>Scan the SCANNER TEST barcode on the command sheet.</source>
        <translation>Den Barcode SCANNER TEST auf dem Befehlsblatt scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="66"/>
        <source>It holds: {0}</source>
        <translation>Er enthält: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="85"/>
        <source>Scan again</source>
        <translation>Erneut scannen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="87"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="159"/>
        <source>Waiting for a scan…</source>
        <translation>Warte auf einen Scan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="166"/>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="190"/>
        <source>The scanner pressed modifier keys: {0}.</source>
        <translation>Der Scanner hat Umschalttasten gedrückt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="193"/>
        <source>It sent Alt codes: {0}.</source>
        <translation>Er hat Alt-Codes gesendet: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="197"/>
        <source>The bench reads it as one scan: {0}</source>
        <translation>Der Packplatz liest es als einen Scan: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="199"/>
        <source>The bench would NOT read this as one scan: the pauses between keys are too long for this station.</source>
        <translation>Der Packplatz würde das NICHT als einen Scan lesen: Die Pausen zwischen den Tasten sind für diese Station zu lang.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="207"/>
        <source>OK: the scanner is set up right for this PC.</source>
        <translation>OK: Der Scanner ist für diesen PC richtig eingestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="208"/>
        <source>Received exactly: {0}</source>
        <translation>Genau empfangen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="212"/>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="214"/>
        <source>Received: {0}</source>
        <translation>Empfangen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scanner_test_dialog.py" line="218"/>
        <source>Time between keys: typically {0} ms, longest {1} ms; this station allows {2} ms.</source>
        <translation>Zeit zwischen Tasten: typisch {0} ms, längstens {1} ms; diese Station erlaubt {2} ms.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="60"/>
        <source>Packstation: station setup</source>
        <translation>Packstation: Stationseinrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="178"/>
        <source>Paste the key from Centra&apos;s Order API plugin</source>
        <translation>Schlüssel aus dem Order-API-Plugin von Centra einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="80"/>
        <source>e.g. Station 3</source>
        <translation>z. B. Station 3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="86"/>
        <source>{0} to {1} digits</source>
        <translation>{0} bis {1} Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="87"/>
        <source>Type the PIN again</source>
        <translation>PIN erneut eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="90"/>
        <source>Use the key for this session only (it is forgotten when Packstation closes)</source>
        <translation>Schlüssel nur für diese Sitzung verwenden (wird beim Schließen von Packstation vergessen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="93"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="95"/>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="99"/>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="110"/>
        <source>Centra address</source>
        <translation>Centra-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="175"/>
        <source>The Order API base URL exactly as shown on Centra&apos;s plugin page. It must start with https://.</source>
        <translation>Die Basis-URL der Order API genau wie auf der Plugin-Seite von Centra. Sie muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="177"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="181"/>
        <source>A key is stored: leave empty to keep it</source>
        <translation>Ein Schlüssel ist gespeichert: leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="117"/>
        <source>Station name</source>
        <translation>Stationsname</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="119"/>
        <source>Supervisor PIN</source>
        <translation>Schichtleiter-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="120"/>
        <source>Repeat PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="122"/>
        <source>The PIN unlocks settings and the shipping e-mail choice. Only a salted hash is stored; it cannot be read back.</source>
        <translation>Die PIN entsperrt Einstellungen und die Wahl der Versand-E-Mail. Nur ein gesalzener Hash wird gespeichert; er kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="134"/>
        <source>Set up this packing station</source>
        <translation>Diese Packstation einrichten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="155"/>
        <source>(a new station: name it below)</source>
        <translation>(eine neue Station: unten benennen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="156"/>
        <source>(type the address below)</source>
        <translation>(Adresse unten eingeben)</translation>
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
        <translation>Der Schlüssel wird im Passwortspeicher dieses Computers (Windows-Anmeldeinformationsverwaltung) abgelegt, nie in einer Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="193"/>
        <source>This computer has no secure password store, so the key cannot be remembered. Tick the box below to use it until Packstation closes, or ask IT to set PACKSTATION_API_KEY.</source>
        <translation>Dieser Computer hat keinen sicheren Passwortspeicher, der Schlüssel kann nicht gespeichert werden. Das Kästchen unten anhaken, um ihn bis zum Schließen von Packstation zu nutzen, oder IT bitten, PACKSTATION_API_KEY zu setzen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="201"/>
        <source>Type the Centra address.</source>
        <translation>Centra-Adresse eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="211"/>
        <location filename="../../ui/dialogs/setup_dialog.py" line="259"/>
        <source>Paste the API key.</source>
        <translation>API-Schlüssel einfügen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="226"/>
        <source>Testing… (asking Centra how many shipments are ready)</source>
        <translation>Teste… (frage Centra, wie viele Sendungen bereit sind)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="264"/>
        <source>Give this station a name, e.g. Station 3.</source>
        <translation>Der Station einen Namen geben, z. B. Station 3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="268"/>
        <source>The PIN must be {0} to {1} digits.</source>
        <translation>Die PIN muss {0} bis {1} Ziffern haben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="271"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>Die beiden PINs sind verschieden. Erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="274"/>
        <source>No password store: tick &apos;Use the key for this session only&apos; to go on.</source>
        <translation>Kein Passwortspeicher: &apos;Schlüssel nur für diese Sitzung verwenden&apos; anhaken, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="71"/>
        <source>Order API (API key)</source>
        <translation>Order API (API-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="72"/>
        <source>Integration API (token)</source>
        <translation>Integration API (Token)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="109"/>
        <source>Centra API</source>
        <translation>Centra-API</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="168"/>
        <source>The Integration API address: https://&lt;brand&gt;.centra.com/graphql.</source>
        <translation>Die Adresse der Integration API: https://&lt;brand&gt;.centra.com/graphql.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="169"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/setup_dialog.py" line="171"/>
        <source>Paste the Integration API token (Centra: System &gt; API Tokens)</source>
        <translation>Das Token der Integration API einfügen (Centra: System &gt; API Tokens)</translation>
    </message>
</context>
<context>
    <name>ShiftStatsView</name>
    <message>
        <location filename="../../ui/widgets/shift_stats_view.py" line="25"/>
        <source>This shift</source>
        <translation>Diese Schicht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shift_stats_view.py" line="66"/>
        <source>from {0} min</source>
        <translation>ab {0} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shift_stats_view.py" line="69"/>
        <source>Parcels {0}  ·  per hour {1}  ·  median {2} scan to complete</source>
        <translation>Pakete {0}  ·  pro Stunde {1}  ·  Median {2} vom Scan bis Abschluss</translation>
    </message>
</context>
<context>
    <name>ShipmentPanel</name>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="55"/>
        <source>No shipment loaded.
Scan the barcode on a packing slip.</source>
        <translation>Keine Sendung geladen.
Den Barcode auf einem Lieferschein scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Packed</source>
        <translation>Gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="110"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="111"/>
        <source>SKU / EAN</source>
        <translation>SKU / EAN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="147"/>
        <source>This order has several open shipments. Scan the shipment ID, or pick one:</source>
        <translation>Diese Bestellung hat mehrere offene Sendungen. Sendungs-ID scannen oder eine wählen:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="168"/>
        <source>Shipment {0}   ·   Order {1}</source>
        <translation>Sendung {0}   ·   Bestellung {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="173"/>
        <source>Ship with: {0}</source>
        <translation>Versand mit: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="173"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="176"/>
        <source>Customer note: {0}</source>
        <translation>Kundenhinweis: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="181"/>
        <source>Internal comment: {0}</source>
        <translation>Interner Kommentar: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="308"/>
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="310"/>
        <source>WILL CAPTURE</source>
        <translation>WIRD EINGEZOGEN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="312"/>
        <source>NOT PAID</source>
        <translation>NICHT BEZAHLT</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="314"/>
        <source>ON HOLD</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="323"/>
        <source>ALREADY COMPLETED</source>
        <translation>BEREITS ABGESCHLOSSEN</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="325"/>
        <source>NOT GOOD-TO-GO</source>
        <translation>NICHT VERSANDBEREIT</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="426"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="427"/>
        <source>ready, payment captured on completion</source>
        <translation>bereit, Zahlung wird beim Abschließen eingezogen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="429"/>
        <source>not good-to-go yet</source>
        <translation>noch nicht versandbereit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="430"/>
        <source>on hold</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="431"/>
        <source>not paid</source>
        <translation>nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="438"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="439"/>
        <source>{0} items</source>
        <translation>{0} Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="244"/>
        <source>BUNDLE, pre-packed: {0}</source>
        <translation>BÜNDEL, vorverpackt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="245"/>
        <source>BUNDLE: {0} (Centra sent no contents)</source>
        <translation>BÜNDEL: {0} (Centra hat keinen Inhalt geschickt)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="248"/>
        <source>contains {0} × {1}</source>
        <translation>enthält {0} × {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="251"/>
        <source>BUNDLE ×{0}: {1}  ({2}) · scan what is inside</source>
        <translation>BÜNDEL ×{0}: {1}  ({2}) · scanne, was darin ist</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="256"/>
        <source>{0} per bundle × {1}</source>
        <translation>{0} pro Bündel × {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="316"/>
        <source>SUSPECT</source>
        <translation>VERDÄCHTIG</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/shipment_panel.py" line="321"/>
        <source>NON-EU: {0}</source>
        <translation>NICHT-EU: {0}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="13"/>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="16"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="15"/>
        <source>Your name, or scan your badge</source>
        <translation>Dein Name, oder Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sign_in_dialog.py" line="14"/>
        <source>Who is packing at this station?</source>
        <translation>Wer packt an dieser Station?</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../ui/single_instance.py" line="95"/>
        <source>Packstation is already open on this station: its window was brought to the front.</source>
        <translation>Packstation ist an diesem Platz bereits geöffnet: sein Fenster wurde nach vorne geholt.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="100"/>
        <source>Packstation is already open on this station (process {0}). Use the window that is open; if you cannot find it, restart the PC.</source>
        <translation>Packstation ist an diesem Platz bereits geöffnet (Prozess {0}). Verwenden Sie das geöffnete Fenster; wenn Sie es nicht finden, starten Sie den PC neu.</translation>
    </message>
</context>
<context>
    <name>StationController</name>
    <message>
        <location filename="../../ui/station_controller.py" line="47"/>
        <source>Shipping e-mail</source>
        <translation>Versand-E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="93"/>
        <source>Type your name with Sign in… instead.</source>
        <translation>Stattdessen den Namen über Anmelden… eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="124"/>
        <source>Only a supervisor can change the e-mail</source>
        <translation>Nur ein Schichtleiter kann die E-Mail ändern</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="125"/>
        <source>Ask your supervisor to unlock.</source>
        <translation>Den Schichtleiter bitten zu entsperren.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="151"/>
        <source>Too many wrong PINs: supervisor mode blocked for {0} s.</source>
        <translation>Zu viele falsche PINs: Schichtleitermodus für {0} s gesperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="154"/>
        <source>No supervisor PIN set. Ask IT to run station setup.</source>
        <translation>Keine Schichtleiter-PIN gesetzt. IT bitten, die Stationseinrichtung auszuführen.</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="226"/>
        <source>Signed in: {0}</source>
        <translation>Angemeldet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/station_controller.py" line="227"/>
        <source>Scan a packing slip.</source>
        <translation>Lieferschein scannen.</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="51"/>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="142"/>
        <source>Station settings</source>
        <translation>Stationseinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="62"/>
        <source>Off: no item scans</source>
        <translation>Aus: keine Artikel scannen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="63"/>
        <source>Warn: count item scans, allow completing</source>
        <translation>Warnen: gescannte Artikel zählen, Abschließen erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="64"/>
        <source>Require: every item scanned before completing</source>
        <translation>Pflicht: alle Artikel vor dem Abschließen scannen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="75"/>
        <source>Carriers and services</source>
        <translation>Versanddienste und Services</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="88"/>
        <source>Tracking number needed to complete</source>
        <translation>Sendungsnummer nötig zum Abschließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="89"/>
        <source>Label scan ticks both boxes</source>
        <translation>Etikett-Scan hakt beide Kästchen an</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="90"/>
        <source>Capture payment ticked by default</source>
        <translation>Zahlung einziehen vorab angehakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="96"/>
        <source>Add to Centra&apos;s internal comment</source>
        <translation>Zum internen Kommentar in Centra hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="117"/>
        <source>Leave empty to keep the PIN</source>
        <translation>Leer lassen, um die PIN zu behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="107"/>
        <source>Station name</source>
        <translation>Stationsname</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="78"/>
        <source>One carrier per line, its services after a colon: DHL: Express, Parcel</source>
        <translation>Ein Versanddienst pro Zeile, seine Services nach einem Doppelpunkt: DHL: Express, Parcel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="108"/>
        <source>Shipping e-mail default</source>
        <translation>Standard für Versand-E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="109"/>
        <source>Item verification</source>
        <translation>Artikelprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="110"/>
        <source>&apos;Packed by Anna at …&apos;</source>
        <translation>&apos;Gepackt von Anna um …&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="114"/>
        <source>New supervisor PIN</source>
        <translation>Neue Schichtleiter-PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="115"/>
        <source>Repeat new PIN</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="122"/>
        <source>Centra address: {0}
Settings file: {1}
Data folder: {2}</source>
        <translation>Centra-Adresse: {0}
Einstellungsdatei: {1}
Datenordner: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="127"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="132"/>
        <source>Test scanner…</source>
        <translation>Scanner testen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="159"/>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="171"/>
        <source>Supervisor mode has locked. Close this window and unlock again.</source>
        <translation>Der Schichtleitermodus ist gesperrt. Dieses Fenster schließen und erneut entsperren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="180"/>
        <source>The PIN must be {0} to {1} digits.</source>
        <translation>Die PIN muss {0} bis {1} Ziffern haben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="183"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>Die beiden PINs sind verschieden. Erneut eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="186"/>
        <source>Give this station a name, e.g. Station 3.</source>
        <translation>Der Station einen Namen geben, z. B. Station 3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="214"/>
        <source>Offer at least one carrier.</source>
        <translation>Bieten Sie mindestens einen Versanddienst an.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/station_settings_dialog.py" line="216"/>
        <source>Carriers, line {0}: write the carrier&apos;s name before the colon.</source>
        <translation>Versanddienste, Zeile {0}: Schreiben Sie den Namen des Versanddienstes vor den Doppelpunkt.</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../ui/widgets/status_banner.py" line="71"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status_banner.py" line="90"/>
        <source>Scan a packing slip</source>
        <translation>Lieferschein scannen</translation>
    </message>
</context>
<context>
    <name>SupervisorBar</name>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="98"/>
        <location filename="../../ui/widgets/supervisor_bar.py" line="139"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="99"/>
        <source>Supervisor…</source>
        <translation>Schichtleiter…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="100"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="101"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="102"/>
        <source>Audit log…</source>
        <translation>Prüfprotokoll…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="135"/>
        <source>Packer: {0}</source>
        <translation>Packer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="136"/>
        <source>Change packer…</source>
        <translation>Packer wechseln…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="138"/>
        <source>Nobody signed in: scan your badge</source>
        <translation>Niemand angemeldet: Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="142"/>
        <source>Supervisor mode is locked.</source>
        <translation>Schichtleitermodus ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/supervisor_bar.py" line="153"/>
        <source>SUPERVISOR MODE: locks in {0}:{1:02d} or after the next shipment</source>
        <translation>SCHICHTLEITERMODUS: sperrt in {0}:{1:02d} oder nach der nächsten Sendung</translation>
    </message>
</context>
<context>
    <name>SupervisorReason</name>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="19"/>
        <source>Supervisor needed</source>
        <translation>Schichtleiter erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="20"/>
        <source>Unlock supervisor mode, then enter the reason.</source>
        <translation>Schichtleitermodus entsperren, dann den Grund eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="24"/>
        <source>Type a reason first</source>
        <translation>Zuerst einen Grund eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor_reason.py" line="25"/>
        <source>It is saved in the audit log.</source>
        <translation>Sie wird im Prüfprotokoll gespeichert.</translation>
    </message>
</context>
<context>
    <name>TrackingReuse</name>
    <message>
        <location filename="../../ui/tracking_reuse.py" line="34"/>
        <source>Tracking {0} was already used for {1} at {2}</source>
        <translation>Sendungsnummer {0} wurde bereits um {2} für {1} verwendet</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_reuse.py" line="36"/>
        <source>Check the label on this parcel. If it is right, press Ctrl+Enter.</source>
        <translation>Etikett auf diesem Paket prüfen. Stimmt es, Strg+Enter drücken.</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="48"/>
        <source>Supervisor: reason to complete without scanning</source>
        <translation>Schichtleiter: Grund für Abschluss ohne Scan</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="53"/>
        <source>e.g. item has no barcode, then Enter</source>
        <translation>z. B. Artikel ohne Barcode, dann Enter</translation>
    </message>
</context>
<context>
    <name>VerificationController</name>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="126"/>
        <source>One too many: {0}</source>
        <translation>Einer zu viel: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="127"/>
        <source>Only {0} ordered. Take one out of the box.</source>
        <translation>Nur {0} bestellt. Einen aus dem Karton nehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="129"/>
        <source>The item is packed</source>
        <translation>Der Artikel ist gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="130"/>
        <source>All {0} items packed</source>
        <translation>Alle {0} Artikel gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="131"/>
        <location filename="../../ui/widgets/verification_view.py" line="201"/>
        <source>Scan the carrier label, then complete.</source>
        <translation>Versandetikett scannen, dann abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="134"/>
        <source>Packed {0}: {1}</source>
        <translation>Gepackt {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="148"/>
        <source>Take it out of the box.</source>
        <translation>Aus dem Karton nehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="150"/>
        <source>If it is an order number, scan it again to open it.</source>
        <translation>Ist es eine Bestellnummer, erneut scannen, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="151"/>
        <source>Wrong item: {0} is not in this shipment</source>
        <translation>Falscher Artikel: {0} gehört nicht zu dieser Sendung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="174"/>
        <source>Still missing: {0} ({1})</source>
        <translation>Fehlt noch: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="179"/>
        <source>Not every item is scanned ({0})</source>
        <translation>Nicht alle Artikel gescannt ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="181"/>
        <source>Complete again to send it anyway.</source>
        <translation>Erneut abschließen, um trotzdem zu senden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="183"/>
        <source>Scan every item before completing</source>
        <translation>Vor dem Abschließen jeden Artikel scannen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="184"/>
        <source>A supervisor can complete it anyway with a reason below.</source>
        <translation>Ein Schichtleiter kann mit einer Begründung unten trotzdem abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="200"/>
        <source>Verification bypassed: {0}</source>
        <translation>Prüfung übersprungen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="212"/>
        <source>{0} of 1 item scanned</source>
        <translation>{0} von 1 Artikel gescannt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="213"/>
        <source>{0} of {1} items scanned</source>
        <translation>{0} von {1} Artikeln gescannt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="225"/>
        <source>bypassed: {0}</source>
        <translation>übersprungen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="236"/>
        <source>Scan all items first ({0} / {1})</source>
        <translation>Erst alle Artikel scannen ({0} / {1})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="238"/>
        <source>Complete waits until every item is scanned (station setting). A supervisor can bypass with a reason.</source>
        <translation>Abschließen wartet, bis jeder Artikel gescannt ist (Stationseinstellung). Ein Schichtleiter kann mit Begründung überspringen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="144"/>
        <source>That is the bundle&apos;s own barcode: {0}</source>
        <translation>Das ist der eigene Barcode des Bündels: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/verification_view.py" line="145"/>
        <source>Open it and scan each item inside (listed under the bundle).</source>
        <translation>Öffnen und jeden Artikel darin scannen (unter dem Bündel aufgelistet).</translation>
    </message>
</context>
</TS>
