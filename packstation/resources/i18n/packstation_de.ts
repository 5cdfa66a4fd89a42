<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CompletionForm</name>
    <message>
        <location filename="../../ui/completion_form.py" line="51" />
        <source>Good-to-go (packed)</source>
        <translation>Versandbereit (gepackt)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="52" />
        <source>Shipped (handed to carrier)</source>
        <translation>Versendet (an Versanddienst übergeben)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="55" />
        <source>Scan the carrier label</source>
        <translation>Versandetikett scannen</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="68" />
        <source>Added to the order's internal comment</source>
        <translation>Wird dem internen Kommentar der Bestellung hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="69" />
        <source>Capture payment when completing</source>
        <translation>Zahlung beim Abschließen einziehen</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="84" />
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="85" />
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="86" />
        <source>Carrier</source>
        <translation>Versanddienst</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="87" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="88" />
        <source>Return-slip tracking</source>
        <translation>Retourenschein-Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="89" />
        <source>Internal comment</source>
        <translation>Interner Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="204" />
        <source>Complete shipment   (Ctrl+Enter)</source>
        <translation>Sendung abschließen   (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="206" />
        <source>Sends carrier, tracking and packages to Centra and marks the shipment shipped. The payment is captured if needed.</source>
        <translation>Sendet Versanddienst, Sendungsnummer und Pakete an Centra und markiert die Sendung als versendet. Die Zahlung wird bei Bedarf eingezogen.</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="209" />
        <source>Mark good-to-go only   (Ctrl+Enter)</source>
        <translation>Nur als versandbereit markieren   (Strg+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="211" />
        <source>Tells Centra the parcel is packed. Tick Shipped when it is handed to the carrier to complete it.</source>
        <translation>Meldet Centra, dass das Paket gepackt ist. Versendet anhaken, wenn es übergeben ist, um abzuschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="214" />
        <source>Tick Good-to-go or scan tracking</source>
        <translation>Versandbereit anhaken oder Sendungsnummer scannen</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="216" />
        <source>Scan the carrier label: tracking is filled in and both boxes are ticked.</source>
        <translation>Versandetikett scannen: die Sendungsnummer wird eingetragen und beide Kästchen angehakt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both boxes  ·  Ctrl+Enter completes  ·  Esc clears</source>
        <translation>Lieferschein scannen → Fokus springt zur Sendungsnummer  ·  Etikett scannen oder tippen + Enter → hakt beide an  ·  Strg+Enter schließt ab  ·  Esc leert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>Demo barcodes: scan, type or click</source>
        <translation>Demo-Barcodes: scannen, tippen oder klicken</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/scan_bar.py" line="18" />
        <source>Scan a packing slip, or type a shipment ID and press Enter</source>
        <translation>Lieferschein scannen oder Sendungs-ID eingeben und Enter drücken</translation>
    </message>
</context>
<context>
    <name>ShiftStatsView</name>
    <message>
        <location filename="../../ui/shift_stats_view.py" line="23" />
        <source>This shift</source>
        <translation>Diese Schicht</translation>
    </message>
    <message>
        <location filename="../../ui/shift_stats_view.py" line="55" />
        <source>Parcels {0}  ·  per hour {1}  ·  median {2} scan to complete</source>
        <translation>Pakete {0}  ·  pro Stunde {1}  ·  Median {2} vom Scan bis Abschluss</translation>
    </message>
</context>
<context>
    <name>ShipmentPanel</name>
    <message>
        <location filename="../../ui/shipment_panel.py" line="37" />
        <source>No shipment loaded.
Scan the barcode on a packing slip.</source>
        <translation>Keine Sendung geladen.
Den Barcode auf einem Lieferschein scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Packed</source>
        <translation>Gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="64" />
        <source>SKU / EAN</source>
        <translation>SKU / EAN</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="89" />
        <source>This order has several open shipments. Scan the shipment ID, or pick one:</source>
        <translation>Diese Bestellung hat mehrere offene Sendungen. Sendungs-ID scannen oder eine wählen:</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="109" />
        <source>Shipment {0}   ·   Order {1}</source>
        <translation>Sendung {0}   ·   Bestellung {1}</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="113" />
        <source>Ship with: {0}</source>
        <translation>Versand mit: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="113" />
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="115" />
        <source>Customer note: {0}</source>
        <translation>Kundenhinweis: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="178" />
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="180" />
        <source>WILL CAPTURE</source>
        <translation>WIRD EINGEZOGEN</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="182" />
        <source>NOT PAID</source>
        <translation>NICHT BEZAHLT</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="184" />
        <source>ON HOLD</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="186" />
        <source>ALREADY COMPLETED</source>
        <translation>BEREITS ABGESCHLOSSEN</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="188" />
        <source>NOT GOOD-TO-GO</source>
        <translation>NICHT VERSANDBEREIT</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../ui/status_banner.py" line="23" />
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/status_banner.py" line="36" />
        <source>Scan a packing slip</source>
        <translation>Lieferschein scannen</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <location filename="../../ui/verification_view.py" line="47" />
        <source>Supervisor: reason to complete without scanning</source>
        <translation>Schichtleiter: Grund für Abschluss ohne Scan</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="52" />
        <source>e.g. item has no barcode, then Enter</source>
        <translation>z. B. Artikel ohne Barcode, dann Enter</translation>
    </message>
</context>
<context>
    <name>VerificationController</name>
    <message>
        <location filename="../../ui/verification_view.py" line="119" />
        <source>One too many: {0}</source>
        <translation>Einer zu viel: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="120" />
        <source>Only {0} ordered. Take one out of the box.</source>
        <translation>Nur {0} bestellt. Einen aus dem Karton nehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="122" />
        <source>All {0} items packed</source>
        <translation>Alle {0} Artikel gepackt</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="123" />
        <location filename="../../ui/verification_view.py" line="181" />
        <source>Scan the carrier label, then complete.</source>
        <translation>Versandetikett scannen, dann abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="126" />
        <source>Packed {0}: {1}</source>
        <translation>Gepackt {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="134" />
        <source>Take it out of the box.</source>
        <translation>Aus dem Karton nehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="136" />
        <source>If it is an order number, scan it again to open it.</source>
        <translation>Ist es eine Bestellnummer, erneut scannen, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="137" />
        <source>Wrong item: {0} is not in this shipment</source>
        <translation>Falscher Artikel: {0} gehört nicht zu dieser Sendung</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="150" />
        <source>Still missing: {0} ({1})</source>
        <translation>Fehlt noch: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="155" />
        <source>Not every item is scanned ({0})</source>
        <translation>Nicht alle Artikel gescannt ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="157" />
        <source>Complete again to send it anyway.</source>
        <translation>Erneut abschließen, um trotzdem zu senden.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="159" />
        <source>Scan every item before completing</source>
        <translation>Vor dem Abschließen jeden Artikel scannen</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="160" />
        <source>A supervisor can complete it anyway with a reason below.</source>
        <translation>Ein Schichtleiter kann mit einer Begründung unten trotzdem abschließen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="170" />
        <source>Supervisor needed</source>
        <translation>Schichtleiter erforderlich</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="171" />
        <source>Unlock supervisor mode, then enter the reason.</source>
        <translation>Schichtleitermodus entsperren, dann den Grund eingeben.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="174" />
        <source>Type a reason first</source>
        <translation>Zuerst einen Grund eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="175" />
        <source>It is saved in the audit log.</source>
        <translation>Sie wird im Prüfprotokoll gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="180" />
        <source>Verification bypassed: {0}</source>
        <translation>Prüfung übersprungen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="191" />
        <source>{0} of {1} items scanned</source>
        <translation>{0} von {1} Artikeln gescannt</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="203" />
        <source>bypassed: {0}</source>
        <translation>übersprungen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="211" />
        <source>Scan all items first ({0} / {1})</source>
        <translation>Erst alle Artikel scannen ({0} / {1})</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="213" />
        <source>Complete waits until every item is scanned (station setting). A supervisor can bypass with a reason.</source>
        <translation>Abschließen wartet, bis jeder Artikel gescannt ist (Stationseinstellung). Ein Schichtleiter kann mit Begründung überspringen.</translation>
    </message>
</context>
</TS>