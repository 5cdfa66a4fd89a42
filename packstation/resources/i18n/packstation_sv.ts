<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CompletionForm</name>
    <message>
        <location filename="../../ui/completion_form.py" line="51" />
        <source>Good-to-go (packed)</source>
        <translation>Klar att skicka (packad)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="52" />
        <source>Shipped (handed to carrier)</source>
        <translation>Skickad (lämnad till transportör)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="55" />
        <source>Scan the carrier label</source>
        <translation>Skanna transportörens etikett</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="68" />
        <source>Added to the order's internal comment</source>
        <translation>Läggs till i orderns interna kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="69" />
        <source>Capture payment when completing</source>
        <translation>Dra betalningen vid slutförande</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="84" />
        <source>Tracking</source>
        <translation>Spårning</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="85" />
        <source>Packages</source>
        <translation>Kolli</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="86" />
        <source>Carrier</source>
        <translation>Transportör</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="87" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="88" />
        <source>Return-slip tracking</source>
        <translation>Spårning för retursedel</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="89" />
        <source>Internal comment</source>
        <translation>Intern kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="204" />
        <source>Complete shipment   (Ctrl+Enter)</source>
        <translation>Slutför försändelse   (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="206" />
        <source>Sends carrier, tracking and packages to Centra and marks the shipment shipped. The payment is captured if needed.</source>
        <translation>Skickar transportör, spårning och kolli till Centra och markerar försändelsen som skickad. Betalningen dras vid behov.</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="209" />
        <source>Mark good-to-go only   (Ctrl+Enter)</source>
        <translation>Markera endast klar att skicka   (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="211" />
        <source>Tells Centra the parcel is packed. Tick Shipped when it is handed to the carrier to complete it.</source>
        <translation>Meddelar Centra att paketet är packat. Kryssa Skickad när det lämnats till transportören för att slutföra.</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="214" />
        <source>Tick Good-to-go or scan tracking</source>
        <translation>Kryssa Klar att skicka eller skanna spårning</translation>
    </message>
    <message>
        <location filename="../../ui/completion_form.py" line="216" />
        <source>Scan the carrier label: tracking is filled in and both boxes are ticked.</source>
        <translation>Skanna transportörens etikett: spårningsnumret fylls i och båda rutorna kryssas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Scan slip → focus jumps to Tracking  ·  scan label or type + Enter → ticks both boxes  ·  Ctrl+Enter completes  ·  Esc clears</source>
        <translation>Skanna följesedel → markören hoppar till Spårning  ·  skanna etikett eller skriv + Enter → kryssar båda rutorna  ·  Ctrl+Enter slutför  ·  Esc rensar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>Demo barcodes: scan, type or click</source>
        <translation>Demostreckkoder: skanna, skriv eller klicka</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ui/scan_bar.py" line="18" />
        <source>Scan a packing slip, or type a shipment ID and press Enter</source>
        <translation>Skanna en följesedel, eller skriv ett försändelse-ID och tryck Enter</translation>
    </message>
</context>
<context>
    <name>ShiftStatsView</name>
    <message>
        <location filename="../../ui/shift_stats_view.py" line="23" />
        <source>This shift</source>
        <translation>Detta skift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_stats_view.py" line="55" />
        <source>Parcels {0}  ·  per hour {1}  ·  median {2} scan to complete</source>
        <translation>Paket {0}  ·  per timme {1}  ·  median {2} från skanning till slutförd</translation>
    </message>
</context>
<context>
    <name>ShipmentPanel</name>
    <message>
        <location filename="../../ui/shipment_panel.py" line="37" />
        <source>No shipment loaded.
Scan the barcode on a packing slip.</source>
        <translation>Ingen försändelse laddad.
Skanna streckkoden på en följesedel.</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Packed</source>
        <translation>Packat</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="63" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="64" />
        <source>SKU / EAN</source>
        <translation>SKU / EAN</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="89" />
        <source>This order has several open shipments. Scan the shipment ID, or pick one:</source>
        <translation>Ordern har flera öppna försändelser. Skanna försändelse-ID:t eller välj en:</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="109" />
        <source>Shipment {0}   ·   Order {1}</source>
        <translation>Försändelse {0}   ·   Order {1}</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="113" />
        <source>Ship with: {0}</source>
        <translation>Skicka med: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="113" />
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="115" />
        <source>Customer note: {0}</source>
        <translation>Kundens meddelande: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="178" />
        <source>PAID</source>
        <translation>BETALD</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="180" />
        <source>WILL CAPTURE</source>
        <translation>DRAS VID SLUTFÖRANDE</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="182" />
        <source>NOT PAID</source>
        <translation>EJ BETALD</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="184" />
        <source>ON HOLD</source>
        <translation>PAUSAD</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="186" />
        <source>ALREADY COMPLETED</source>
        <translation>REDAN SLUTFÖRD</translation>
    </message>
    <message>
        <location filename="../../ui/shipment_panel.py" line="188" />
        <source>NOT GOOD-TO-GO</source>
        <translation>INTE KLAR ATT SKICKA</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <location filename="../../ui/status_banner.py" line="23" />
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../ui/status_banner.py" line="36" />
        <source>Scan a packing slip</source>
        <translation>Skanna en följesedel</translation>
    </message>
</context>
<context>
    <name>VerificationBar</name>
    <message>
        <location filename="../../ui/verification_view.py" line="47" />
        <source>Supervisor: reason to complete without scanning</source>
        <translation>Arbetsledare: orsak att slutföra utan skanning</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="52" />
        <source>e.g. item has no barcode, then Enter</source>
        <translation>t.ex. artikeln saknar streckkod, sedan Enter</translation>
    </message>
</context>
<context>
    <name>VerificationController</name>
    <message>
        <location filename="../../ui/verification_view.py" line="119" />
        <source>One too many: {0}</source>
        <translation>En för mycket: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="120" />
        <source>Only {0} ordered. Take one out of the box.</source>
        <translation>Endast {0} beställd(a). Ta ut en ur kartongen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="122" />
        <source>All {0} items packed</source>
        <translation>Alla {0} artiklar packade</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="123" />
        <location filename="../../ui/verification_view.py" line="181" />
        <source>Scan the carrier label, then complete.</source>
        <translation>Skanna transportörens etikett och slutför sedan.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="126" />
        <source>Packed {0}: {1}</source>
        <translation>Packat {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="134" />
        <source>Take it out of the box.</source>
        <translation>Ta ut den ur kartongen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="136" />
        <source>If it is an order number, scan it again to open it.</source>
        <translation>Om det är ett ordernummer, skanna det igen för att öppna det.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="137" />
        <source>Wrong item: {0} is not in this shipment</source>
        <translation>Fel artikel: {0} finns inte i försändelsen</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="150" />
        <source>Still missing: {0} ({1})</source>
        <translation>Saknas fortfarande: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="155" />
        <source>Not every item is scanned ({0})</source>
        <translation>Inte alla artiklar är skannade ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="157" />
        <source>Complete again to send it anyway.</source>
        <translation>Slutför igen för att skicka ändå.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="159" />
        <source>Scan every item before completing</source>
        <translation>Skanna varje artikel innan du slutför</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="160" />
        <source>A supervisor can complete it anyway with a reason below.</source>
        <translation>En arbetsledare kan ändå slutföra med en orsak nedan.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="170" />
        <source>Supervisor needed</source>
        <translation>Arbetsledare behövs</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="171" />
        <source>Unlock supervisor mode, then enter the reason.</source>
        <translation>Lås upp arbetsledarläget och ange sedan orsaken.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="174" />
        <source>Type a reason first</source>
        <translation>Skriv en orsak först</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="175" />
        <source>It is saved in the audit log.</source>
        <translation>Den sparas i granskningsloggen.</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="180" />
        <source>Verification bypassed: {0}</source>
        <translation>Kontroll överhoppad: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="191" />
        <source>{0} of {1} items scanned</source>
        <translation>{0} av {1} artiklar skannade</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="203" />
        <source>bypassed: {0}</source>
        <translation>överhoppad: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="211" />
        <source>Scan all items first ({0} / {1})</source>
        <translation>Skanna alla artiklar först ({0} / {1})</translation>
    </message>
    <message>
        <location filename="../../ui/verification_view.py" line="213" />
        <source>Complete waits until every item is scanned (station setting). A supervisor can bypass with a reason.</source>
        <translation>Slutför väntar tills varje artikel är skannad (stationsinställning). En arbetsledare kan hoppa över med en orsak.</translation>
    </message>
</context>
</TS>