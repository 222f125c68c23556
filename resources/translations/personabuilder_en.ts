<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
