<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1053"/>
        <source>Preview: %n page(s).</source>
        <translation>
            <numerusform>Preview: %n page.</numerusform>
            <numerusform>Preview: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1182"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/deliverables/export_dialog.py" line="1184"/>
        <source>Saved %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n slide).</numerusform>
            <numerusform>Saved %1 (%n slides).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="342"/>
        <source>%n question(s) to answer first</source>
        <translation>
            <numerusform>%n question to answer first</numerusform>
            <numerusform>%n questions to answer first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="346"/>
        <source>%n row(s) cannot be imported</source>
        <translation>
            <numerusform>%n row cannot be imported</numerusform>
            <numerusform>%n rows cannot be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="360"/>
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="361"/>
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n metric</numerusform>
            <numerusform>%n metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/metrics/csv_import.py" line="380"/>
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
        <location filename="../../personabuilder/ui/personas/gallery.py" line="1261"/>
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/projection.py" line="134"/>
        <source>Parking lot: %n</source>
        <translation>
            <numerusform>Parking lot: %n</numerusform>
            <numerusform>Parking lot: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/shell/sidebar.py" line="238"/>
        <source>Personas (%n)</source>
        <translation>
            <numerusform>Personas (%n)</numerusform>
            <numerusform>Personas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/shell/sidebar.py" line="240"/>
        <source>Journey maps (%n)</source>
        <translation>
            <numerusform>Journey maps (%n)</numerusform>
            <numerusform>Journey maps (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/controller.py" line="322"/>
        <source>Idea %1: %n vote(s)</source>
        <translation>
            <numerusform>Idea %1: %n vote</numerusform>
            <numerusform>Idea %1: %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopCounts</name>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="17"/>
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="19"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="21"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="22"/>
        <source>%n parked item(s)</source>
        <translation>
            <numerusform>%n parked item</numerusform>
            <numerusform>%n parked items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="26"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../personabuilder/ui/workshop/counts.py" line="30"/>
        <source>%n earlier item(s)</source>
        <translation>
            <numerusform>%n earlier item</numerusform>
            <numerusform>%n earlier items</numerusform>
        </translation>
    </message>
</context>
</TS>
