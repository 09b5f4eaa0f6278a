<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Core::Format</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n failed request(s) — see View ▸ Request Log</source>
        <translation>
            <numerusform>%n failed request — see View ▸ Request Log</numerusform><numerusform>%n failed requests — see View ▸ Request Log</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message numerus="yes">
        <source>Displaying %n item(s)</source>
        <translation>
            <numerusform>Displaying %n item</numerusform><numerusform>Displaying %n items</numerusform></translation>
    </message>
</context>
</TS>