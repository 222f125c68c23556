<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="293"/>
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n row cannot be imported</numerusform>
            <numerusform>%n rows cannot be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="298"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="299"/>
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics_import.py" line="311"/>
        <source>Import %n Value(s)</source>
        <translation>
            <numerusform>Import %n Value</numerusform>
            <numerusform>Import %n Values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonaGallery</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/gallery.py" line="876"/>
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/sidebar.py" line="241"/>
        <source>Personas (%n)</source>
        <translation>
            <numerusform>Personas (%n)</numerusform>
            <numerusform>Personas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/sidebar.py" line="243"/>
        <source>Journey maps (%n)</source>
        <translation>
            <numerusform>Journey maps (%n)</numerusform>
            <numerusform>Journey maps (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
