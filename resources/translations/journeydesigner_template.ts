<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../journeydesigner/app/context_menus.py" line="40"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="98"/>
        <location filename="../../journeydesigner/panels/personas.py" line="154"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/controller.py" line="46"/>
        <location filename="../../journeydesigner/commands/cards.py" line="65"/>
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="51"/>
        <source>Change feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="60"/>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="64"/>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="70"/>
        <location filename="../../journeydesigner/app/controller.py" line="73"/>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/controller.py" line="87"/>
        <source>Copied %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/controller.py" line="93"/>
        <source>Cut %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="98"/>
        <source>Click a cell first: pasted cards go into the current cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="107"/>
        <location filename="../../journeydesigner/panels/personas.py" line="145"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="116"/>
        <location filename="../../journeydesigner/panels/personas.py" line="120"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="136"/>
        <source>Resize stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="152"/>
        <location filename="../../journeydesigner/app/window_map.py" line="106"/>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/controller.py" line="152"/>
        <location filename="../../journeydesigner/app/window_map.py" line="106"/>
        <source>Rename lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/crash.py" line="34"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/crash.py" line="35"/>
        <source>Journey Designer met an error it did not expect ({error}).

Your work has been saved to a recovery copy, and you can go on working; saving under a new name is the safest next step.

Details are in the log: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="40"/>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="40"/>
        <source>Map pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="41"/>
        <source>A page per persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="41"/>
        <source>Jobs to be done, ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="42"/>
        <location filename="../../journeydesigner/export/pages.py" line="416"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="43"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="43"/>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="43"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="44"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="44"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="45"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="57"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="57"/>
        <source> in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="88"/>
        <source>an unexpected error stopped the export ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="96"/>
        <location filename="../../journeydesigner/app/export_dialog.py" line="315"/>
        <location filename="../../journeydesigner/app/export_dialog.py" line="324"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="105"/>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="107"/>
        <source>Maps to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="108"/>
        <source>This map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="109"/>
        <source>All maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="118"/>
        <source>Preview of the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="122"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="128"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="129"/>
        <source>Maps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="157"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="166"/>
        <source>Fit each map on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="167"/>
        <source>Tile across pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="172"/>
        <source> across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="173"/>
        <source> down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="179"/>
        <source>Crop and assembly marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="180"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="180"/>
        <source>Custom paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="181"/>
        <source>Custom paper height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="181"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="182"/>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="182"/>
        <source>Pages across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="183"/>
        <source>Pages down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="183"/>
        <source>Overlap between pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="186"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="187"/>
        <source>Custom size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="188"/>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="189"/>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="192"/>
        <source>Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="194"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="201"/>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="203"/>
        <source>Persona photos and real names left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="204"/>
        <source>Internal notes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="207"/>
        <source>Lanes to leave out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="210"/>
        <source>Lanes to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="227"/>
        <source>Whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="229"/>
        <source>Current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="231"/>
        <source>Selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="234"/>
        <location filename="../../journeydesigner/app/export_dialog.py" line="235"/>
        <source>{dpi} DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="236"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="237"/>
        <source>Area of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="238"/>
        <source>Image scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="239"/>
        <source>Area (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="240"/>
        <source>Scale (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="283"/>
        <source>Nothing to export: choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="356"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="356"/>
        <source>“{name}” could not be exported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/export_dialog.py" line="365"/>
        <source>Change export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="23"/>
        <source>Find cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="24"/>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="27"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="28"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="30"/>
        <source>Filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="31"/>
        <source>Show only cards with this tag or persona; the others are dimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="32"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="33"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="33"/>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="56"/>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="59"/>
        <source>Persona: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/findbar.py" line="91"/>
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/findbar.py" line="98"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="11"/>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="11"/>
        <source>Move between cards and cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="12"/>
        <source>Alt + arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="12"/>
        <source>Move the selected cards; on the emotion curve, up and down change the feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="14"/>
        <source>Enter / F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="14"/>
        <source>Edit the selected card&apos;s text (Shift+Enter: new line, Esc: cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="15"/>
        <source>Insert / Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="16"/>
        <source>Ctrl+click / Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="16"/>
        <source>Add a card to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="17"/>
        <source>Space + drag, middle drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="17"/>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="18"/>
        <source>Ctrl + wheel, pinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="18"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="19"/>
        <source>Double-click a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="19"/>
        <source>Add a card there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="20"/>
        <source>Double-click a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="20"/>
        <source>Rename the stage or lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="23"/>
        <source>Right, Down, Page Down, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="23"/>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="24"/>
        <source>Left, Up, Page Up, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="24"/>
        <source>Previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="25"/>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="25"/>
        <source>Overview / last stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="26"/>
        <source>1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="26"/>
        <source>Jump to a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="27"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="27"/>
        <source>Spotlight the next lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="28"/>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="28"/>
        <source>Reveal the emotion curve stage by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="29"/>
        <source>B / W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="29"/>
        <source>Black / white screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="30"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="30"/>
        <source>Leave the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="46"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="49"/>
        <source>Presenting: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="51"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="51"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="52"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="71"/>
        <source>&lt;p&gt;Design customer journey maps offline, present them, export them.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled font:&lt;/b&gt; DejaVu Sans (Bitstream Vera licence, free to embed and redistribute).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries:&lt;/b&gt; Qt and PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer opens no network connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="84"/>
        <location filename="../../journeydesigner/app/help.py" line="87"/>
        <source>About Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="62"/>
        <location filename="../../journeydesigner/app/window_files.py" line="77"/>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/main.py" line="73"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="75"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="76"/>
        <source>Journey Designer did not close normally last time. These projects had unsaved changes, kept in recovery copies:

{files}

Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="78"/>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="79"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="80"/>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="88"/>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/main.py" line="89"/>
        <source>{title}: the recovery copy {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/palette.py" line="37"/>
        <source>Card kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/palette.py" line="38"/>
        <source>Drag a card kind onto a cell of the map, or double-click to add it to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/palette.py" line="42"/>
        <source>{kind} card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="23"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="23"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="23"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="24"/>
        <source>Millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="24"/>
        <source>Inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="112"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="116"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="117"/>
        <source>Keep the previous version as NAME.journey.bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="122"/>
        <source>The screen the window is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="125"/>
        <source>Begin presentations with personas and jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="126"/>
        <source>Default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="126"/>
        <source>Autosave after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="127"/>
        <source>Keep a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="127"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="127"/>
        <source>Paper units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="128"/>
        <source>Presentation screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="128"/>
        <source>Presentation introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="132"/>
        <source>New projects from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="133"/>
        <source>Autosave after a change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="135"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="136"/>
        <source>Paper sizes in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/preferences.py" line="137"/>
        <source>Present on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="39"/>
        <source>Welcome to Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="42"/>
        <source>&lt;h1&gt;Journey Designer&lt;/h1&gt;&lt;p&gt;Start a map from a template, or open a project.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="50"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="58"/>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="66"/>
        <source>No recent files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="69"/>
        <source>Open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="71"/>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="74"/>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/start_screen.py" line="79"/>
        <source>&lt;b&gt;New from a template&lt;/b&gt; (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="96"/>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="97"/>
        <location filename="../../journeydesigner/export/pages.py" line="65"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="100"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="89"/>
        <location filename="../../journeydesigner/panels/personas.py" line="78"/>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="98"/>
        <location filename="../../journeydesigner/export/pages.py" line="350"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="50"/>
        <source>Jobs to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="101"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="105"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="47"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="117"/>
        <source>{title} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="142"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="143"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="144"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="145"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="146"/>
        <source>Export the map as PDF, PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="147"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="149"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="150"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="151"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="152"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="153"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="154"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="156"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="158"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="159"/>
        <source>&amp;New Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/help.py" line="15"/>
        <location filename="../../journeydesigner/app/window.py" line="160"/>
        <source>Add a card to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="161"/>
        <source>&amp;Edit Card Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="162"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="163"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="164"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="165"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="167"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="168"/>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="169"/>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="170"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="171"/>
        <source>Present the map full-screen from the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="172"/>
        <source>Present from Current &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="173"/>
        <source>Present the map full-screen from the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="174"/>
        <source>Begin with Personas and &amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="175"/>
        <source>Open presentations with a slide per persona and the ranked jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="178"/>
        <source>Add &amp;Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="179"/>
        <source>Add a stage after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="180"/>
        <source>&amp;Rename Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="181"/>
        <source>Re&amp;move Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="182"/>
        <source>Add &amp;Lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="183"/>
        <source>Add a lane below the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="184"/>
        <source>Re&amp;name Lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="185"/>
        <source>Remo&amp;ve Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="186"/>
        <source>Add &amp;Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="187"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="188"/>
        <source>Every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="189"/>
        <source>&amp;Start Screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="190"/>
        <source>Recent files, templates and the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="191"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="192"/>
        <source>Default template, autosave, theme, presentation screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="193"/>
        <source>&amp;About Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="194"/>
        <source>Version and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="195"/>
        <source>Rename Ma&amp;p…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="198"/>
        <source>Go to the &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="199"/>
        <source>Move the keyboard focus to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="202"/>
        <source>Go to {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="203"/>
        <source>Show the {panel} panel and move the keyboard focus there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="209"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="210"/>
        <source>&amp;New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="218"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="229"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="242"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="250"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="257"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="264"/>
        <source>&amp;Switch to Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="269"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="274"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="337"/>
        <source>Opened with placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="420"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="423"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="466"/>
        <source> (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="466"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="467"/>
        <source>{file}{state}[*] — {map} — Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/window.py" line="475"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="491"/>
        <source>No card selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/window.py" line="497"/>
        <source>%n cards selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="521"/>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window.py" line="522"/>
        <source> — with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="53"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="54"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="68"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="184"/>
        <source>“{name}” {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="89"/>
        <source>Drop a .journey file to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="105"/>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="117"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="118"/>
        <source>“{name}” {reason}.

The previous version of the file is unchanged, and your work is kept in a recovery copy. Save it somewhere else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="121"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="133"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="140"/>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="141"/>
        <source>“{name}” was changed on disk by someone else (or a sync client).

Reload it, or keep the version you have here? If you keep yours, saving will replace theirs; Save As keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="144"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="145"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="151"/>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="151"/>
        <source>“{name}” {reason}. Your version is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="164"/>
        <source>{path} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="196"/>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="197"/>
        <source>“{name}” is open by {who}.

Open a read-only copy (Save As keeps your changes apart), or open it anyway (the last one to save wins)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="200"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_files.py" line="201"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="34"/>
        <source>Link job to card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="35"/>
        <source>Job linked to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="41"/>
        <source>Link job to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="42"/>
        <source>Job linked to the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="88"/>
        <location filename="../../journeydesigner/commands/axis.py" line="11"/>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="88"/>
        <location filename="../../journeydesigner/app/window_map.py" line="106"/>
        <source>Stage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="88"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="94"/>
        <location filename="../../journeydesigner/commands/axis.py" line="12"/>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="94"/>
        <source>What the lane holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="102"/>
        <location filename="../../journeydesigner/app/window_map.py" line="115"/>
        <source>Select a stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="102"/>
        <location filename="../../journeydesigner/app/window_map.py" line="115"/>
        <source>Select a lane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="107"/>
        <source>Lane name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="118"/>
        <source>A map keeps at least one stage and one lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/app/window_map.py" line="124"/>
        <source>Removed with %n card(s) — Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="127"/>
        <location filename="../../journeydesigner/commands/maps.py" line="10"/>
        <source>Add map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="127"/>
        <location filename="../../journeydesigner/app/window_map.py" line="141"/>
        <source>Map name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="127"/>
        <source>Another journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/window_map.py" line="141"/>
        <location filename="../../journeydesigner/app/window_map.py" line="143"/>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/canvas/view.py" line="46"/>
        <source>Journey map canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/axis.py" line="11"/>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/axis.py" line="11"/>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/axis.py" line="12"/>
        <source>Remove lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/axis.py" line="12"/>
        <source>Move lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/commands/cards.py" line="25"/>
        <source>Add %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/commands/cards.py" line="45"/>
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/maps.py" line="23"/>
        <source>Remove map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/people.py" line="11"/>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/people.py" line="11"/>
        <location filename="../../journeydesigner/panels/personas.py" line="225"/>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/people.py" line="11"/>
        <source>Move persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/people.py" line="12"/>
        <source>Add job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/people.py" line="12"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="157"/>
        <source>Delete job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/commands/people.py" line="12"/>
        <source>Move job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="99"/>
        <source>{page} / {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="112"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="12"/>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="115"/>
        <source>for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="116"/>
        <source>Prepared by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="123"/>
        <source>Maps: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="137"/>
        <source>Scope and method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="140"/>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="174"/>
        <source>“{map}”: the smallest text would print at {size} pt, below the legible {legible} pt; choose larger paper or tile the map across more pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="205"/>
        <source>{map} — part {part} (row {row} of {rows}, column {column} of {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="244"/>
        <location filename="../../journeydesigner/panels/personas.py" line="155"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="244"/>
        <location filename="../../journeydesigner/panels/personas.py" line="156"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="244"/>
        <location filename="../../journeydesigner/panels/personas.py" line="157"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="251"/>
        <location filename="../../journeydesigner/panels/personas.py" line="162"/>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="268"/>
        <location filename="../../journeydesigner/panels/personas.py" line="158"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="268"/>
        <location filename="../../journeydesigner/model/kinds.py" line="38"/>
        <location filename="../../journeydesigner/panels/personas.py" line="159"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="28"/>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="269"/>
        <location filename="../../journeydesigner/panels/personas.py" line="160"/>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="269"/>
        <location filename="../../journeydesigner/panels/personas.py" line="161"/>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="270"/>
        <location filename="../../journeydesigner/panels/personas.py" line="164"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="270"/>
        <location filename="../../journeydesigner/panels/personas.py" line="165"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="271"/>
        <location filename="../../journeydesigner/panels/personas.py" line="166"/>
        <source>Lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="292"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="89"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="297"/>
        <source>Job to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="297"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="83"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="298"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="84"/>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="298"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="85"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="299"/>
        <location filename="../../journeydesigner/model/kinds.py" line="49"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="88"/>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="299"/>
        <location filename="../../journeydesigner/panels/jobs.py" line="91"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="319"/>
        <source>Jobs to be done, ranked by opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="345"/>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention (amber), above 15 is strong (green).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="369"/>
        <location filename="../../journeydesigner/model/kinds.py" line="47"/>
        <source>Customer action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="370"/>
        <source>Touchpoint, with its channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="371"/>
        <location filename="../../journeydesigner/model/kinds.py" line="48"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="87"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="372"/>
        <source>“A thought, in the customer&apos;s words”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="373"/>
        <source>Emotion (off the curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="374"/>
        <source>Pain point, with severity 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="375"/>
        <source>Opportunity, with status and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="375"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="91"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="377"/>
        <location filename="../../journeydesigner/model/kinds.py" line="49"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="377"/>
        <source>Metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="378"/>
        <source>Backstage / support process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="379"/>
        <location filename="../../journeydesigner/model/kinds.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="396"/>
        <location filename="../../journeydesigner/model/kinds.py" line="35"/>
        <location filename="../../journeydesigner/panels/personas.py" line="162"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="25"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="401"/>
        <source>Opportunity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="408"/>
        <source>Emotional journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pages.py" line="411"/>
        <source>Each point is how the customer feels at a stage, from {low} (worst) to +{high} (best); the curve joins a persona&apos;s points, in the persona&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/raster.py" line="48"/>
        <source>there is nothing to draw in that area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/raster.py" line="50"/>
        <source>a {width} × {height} pixel image is more than the {limit} million pixels a PNG export may have; choose a smaller scale (at most {scale}) or export a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/raster.py" line="56"/>
        <source>there is not enough memory for a {width:,} × {height:,} pixel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/raster.py" line="81"/>
        <source>could not write the PNG image {path} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/raster.py" line="100"/>
        <source>could not write the SVG file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/layout/cardbox.py" line="63"/>
        <location filename="../../journeydesigner/panels/outline.py" line="20"/>
        <location filename="../../journeydesigner/panels/outline.py" line="112"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/layout/cardbox.py" line="97"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="90"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/layout/cardbox.py" line="117"/>
        <source>Feeling {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/layout/cardbox.py" line="130"/>
        <source>target {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/layout/mapdraw.py" line="86"/>
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/layout/mapdraw.py" line="96"/>
        <source>Untitled stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/layout/mapdraw.py" line="115"/>
        <source>Untitled lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="33"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="23"/>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="34"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="24"/>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="36"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="26"/>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="37"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="27"/>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="39"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="29"/>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="40"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="30"/>
        <source>KPIs / metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="41"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="31"/>
        <source>Backstage / support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="42"/>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="9"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="47"/>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="48"/>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="48"/>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="49"/>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="50"/>
        <source>Backstage process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="74"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="75"/>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="76"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="77"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="78"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="79"/>
        <source>Phone / chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="80"/>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="81"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="82"/>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="83"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="98"/>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="99"/>
        <source>Emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="100"/>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="116"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="117"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="118"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/model/kinds.py" line="119"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/binder.py" line="118"/>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/binder.py" line="134"/>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/binder.py" line="210"/>
        <location filename="../../journeydesigner/panels/personas.py" line="145"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/binder.py" line="213"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="85"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="86"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="88"/>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="90"/>
        <source>Severity (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="92"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="94"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="95"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="96"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="97"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="99"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="102"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="104"/>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="110"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="118"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="125"/>
        <location filename="../../journeydesigner/panels/personas.py" line="151"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="110"/>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="111"/>
        <location filename="../../journeydesigner/panels/inspector.py" line="126"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="111"/>
        <source>Stage description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="112"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="112"/>
        <source>Stage width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="118"/>
        <source>Lane name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="119"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="119"/>
        <source>Lane kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="125"/>
        <source>Map name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="126"/>
        <source>Map description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="127"/>
        <source>For personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="127"/>
        <source>Map personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/panels/inspector.py" line="159"/>
        <source>%n cards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="161"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="163"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/inspector.py" line="165"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="51"/>
        <source>Drag a job onto a card or a stage header to link them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="74"/>
        <location filename="../../journeydesigner/panels/personas.py" line="120"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="74"/>
        <location filename="../../journeydesigner/panels/personas.py" line="120"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="80"/>
        <source>When…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="80"/>
        <source>When (the situation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="81"/>
        <source>I want to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="81"/>
        <source>I want to (the motivation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="82"/>
        <source>so I can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="82"/>
        <source>So I can (the expected outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="83"/>
        <source>Job kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="84"/>
        <source>Importance, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="85"/>
        <source>Satisfaction, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="87"/>
        <source>Opportunity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="89"/>
        <source>Job personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="91"/>
        <source>Job stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/jobs.py" line="133"/>
        <source>&lt;b&gt;{score}&lt;/b&gt; = importance + max(importance − satisfaction, 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/panels/jobs.py" line="157"/>
        <source>%n card(s) link to this job. Delete it and remove the links? (Undo brings everything back.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="121"/>
        <source>Highlight on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="122"/>
        <source>Fade every card and emotion curve that is not this persona&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="146"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="150"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="151"/>
        <source>Persona name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="152"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="152"/>
        <source>Role or occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="153"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="154"/>
        <source>Persona colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/panels/personas.py" line="226"/>
        <source>%n card(s), maps or jobs refer to “{name}”. Delete the persona and remove those links? (The cards stay; Undo brings everything back.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="245"/>
        <source>Change persona photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="251"/>
        <location filename="../../journeydesigner/panels/personas.py" line="272"/>
        <source>Not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/personas.py" line="258"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/present/presentation.py" line="47"/>
        <source>Journey Designer — presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/present/presentation.py" line="48"/>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/present/presentation.py" line="76"/>
        <source>Where we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/present/presentation.py" line="163"/>
        <source>Introduction {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/present/presentation.py" line="165"/>
        <source>Overview · %n stage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/present/presentation.py" line="167"/>
        <source>Stage {n} of {total} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="3"/>
        <source>Blank map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="4"/>
        <source>Three stages and one lane to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="5"/>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="6"/>
        <source>Stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="7"/>
        <source>Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="8"/>
        <source>Stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="10"/>
        <source>Five-stage journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="11"/>
        <source>Awareness, Consideration, Decision, Retention, Advocacy with the usual lanes and suggested KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="13"/>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="14"/>
        <source>The customer discovers the brand. Need: information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="15"/>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="16"/>
        <source>They compare options: reviews, demos, questions to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="17"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="18"/>
        <source>They buy. Need: a seamless process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="19"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="20"/>
        <source>After the purchase: onboarding, support, loyalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="21"/>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="22"/>
        <source>Satisfied customers recommend the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="32"/>
        <source>Traffic sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="33"/>
        <source>Social engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="34"/>
        <source>Time on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="35"/>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="36"/>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="37"/>
        <source>Cart abandonment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="38"/>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="39"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="40"/>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="41"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="42"/>
        <source>Four-stage journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="43"/>
        <source>Awareness, Consideration, Decision, Retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="44"/>
        <source>Service blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="45"/>
        <source>Customer actions, frontstage, backstage and support processes, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="46"/>
        <source>Arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="47"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="48"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="49"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="50"/>
        <source>Physical evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="51"/>
        <source>Frontstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="52"/>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../../tmp/tmp1znzhnyr/template_strings.py" line="53"/>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/clipboard.py" line="48"/>
        <source>The clipboard holds too much to paste at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/clipboard.py" line="54"/>
        <source>The clipboard&apos;s cards are damaged and cannot be pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/clipboard.py" line="56"/>
        <source>Cannot paste more than {n} cards at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/clipboard.py" line="62"/>
        <source>Nothing to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/clipboard.py" line="64"/>
        <source>Cannot paste more than {n} lines as cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/app/clipboard.py" line="66"/>
        <source>The clipboard holds nothing that can become a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/outline.py" line="21"/>
        <source>{kind}: {words}. {stage}, {lane}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/outline.py" line="31"/>
        <source>Map outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/outline.py" line="32"/>
        <source>Stages, their lanes and the cards in them, in the order of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/panels/outline.py" line="81"/>
        <source>Stage {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeydesigner/panels/outline.py" line="109"/>
        <source>{lane} (%n card(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="37"/>
        <source>Design customer journey maps. With no command, opens FILE (or the sample map) in a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="38"/>
        <source>Run &apos;journeydesigner COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="42"/>
        <source>open FILE in the window (the default command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="43"/>
        <source>a .journey file; the bundled sample map when left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="45"/>
        <source>create a project file from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="46"/>
        <source>the .journey file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="47"/>
        <source>template name (default {default_template})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="50"/>
        <source>the project&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="51"/>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="52"/>
        <source>list the templates and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="54"/>
        <source>check project files; exit 2 if any is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="58"/>
        <source>write FILE as PDF, PNG, SVG or .journey, chosen by OUT&apos;s extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="59"/>
        <source>Export a project. Settings not given here are the ones last used for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="62"/>
        <source>OUT.pdf, OUT.png, OUT.svg, or OUT.journey (a copy in the current format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="63"/>
        <source>replace OUT if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="64"/>
        <source>a map to export (repeatable; default all, or the first for PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="66"/>
        <source>PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="68"/>
        <source>custom paper size in millimetres, e.g. 1000x700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="71"/>
        <source>the whole map on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="72"/>
        <source>tile each map across C×R pages, e.g. 3x2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="73"/>
        <source>overlap between tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="75"/>
        <source>comma-separated, from: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="77"/>
        <source>confidential export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="78"/>
        <source>leave out a lane (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="79"/>
        <source>leave out internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="80"/>
        <source>persona names become Persona 1, 2…; no photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="81"/>
        <source>PNG and SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="82"/>
        <source>pixels per map point (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="83"/>
        <source>the same as --scale DPI/96</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="84"/>
        <source>no background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="107"/>
        <source>journeydesigner: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="114"/>
        <source>journeydesigner: internal error; details were written to {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="137"/>
        <source>new needs -o FILE (or --list-templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="146"/>
        <source>created {out} from the {template} template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="163"/>
        <source>opens, with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="163"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="164"/>
        <source>{name}: {state} ({maps} map(s), {cards} cards, {personas} personas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="172"/>
        <location filename="../../journeydesigner/export/run.py" line="35"/>
        <source>cannot export to &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="181"/>
        <source>warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="182"/>
        <source>wrote {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="193"/>
        <source>there is no map named {missing!r}; the maps are: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="216"/>
        <source>unknown section {unknown!r}; choose from {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="223"/>
        <source>there is no lane named {missing!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="241"/>
        <source>{flag} takes two numbers such as 3x2, not {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="248"/>
        <source>{out} already exists; add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="250"/>
        <source>{out} is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/cli.py" line="252"/>
        <source>cannot write {out}: the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pdf.py" line="37"/>
        <source>there is nothing to export: choose at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pdf.py" line="43"/>
        <location filename="../../journeydesigner/export/pdf.py" line="46"/>
        <source>Customer journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pdf.py" line="45"/>
        <source>Customer journey map for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pdf.py" line="47"/>
        <source>customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/pdf.py" line="47"/>
        <source>journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/run.py" line="52"/>
        <source>the project has no map to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/safefile.py" line="27"/>
        <source>cannot write to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/export/safefile.py" line="38"/>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="40"/>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="42"/>
        <source>must be at most {limit} (found {got!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="44"/>
        <source>must be at least {limit} (found {got!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="46"/>
        <source>must be text (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="48"/>
        <source>must be a whole number (found {got!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="50"/>
        <source>must be a number (found {got!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="52"/>
        <source>must be a list (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="54"/>
        <source>must be an object (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="56"/>
        <source>must be one of {expected} (found {got!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="58"/>
        <source>has an unknown card kind {kind!r}; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="61"/>
        <source>has no &apos;kind&apos;, so it is not clear what kind of card it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="63"/>
        <source>is too long (at most {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="65"/>
        <source>has too many items (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="67"/>
        <source>has the wrong form: {got!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/errors.py" line="69"/>
        <source>is not a date and time (found {got!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/images.py" line="24"/>
        <source>{where}: is a {fmt} image; use PNG, JPEG, GIF or WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/images.py" line="28"/>
        <source>{where}: the image is {width} × {height} pixels, more than the {max_image_pixels} million pixels allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/images.py" line="36"/>
        <source>{where}: the image has an absurd number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/images.py" line="38"/>
        <source>{where}: is not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/migrations.py" line="18"/>
        <source>project.json › format_version: is missing, so the file&apos;s format is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/migrations.py" line="25"/>
        <source>project.json › format_version: {raw!r} is not a version such as &quot;1.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/migrations.py" line="54"/>
        <source>project.json › map: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/migrations.py" line="92"/>
        <source>was made by a newer Journey Designer (format {major}.x); this version reads format {current_major}.x and older. Please update Journey Designer to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/migrations.py" line="97"/>
        <source>project.json › format_version: format {major} is not one this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="30"/>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="32"/>
        <source>is {size} MiB, larger than the {max_file_bytes} MiB a project file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="38"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="40"/>
        <source>cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="42"/>
        <source>is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="44"/>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="57"/>
        <source>is not a Journey Designer project (it is not a ZIP container, or it is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="60"/>
        <source>is damaged: its ZIP directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="67"/>
        <location filename="../../journeydesigner/projectfile/reader.py" line="172"/>
        <source>{project_json}: is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="69"/>
        <source>is damaged or truncated ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="80"/>
        <source>has {count} entries, more than the {max_entries} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="86"/>
        <source>contains an entry that points outside the project ({name!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="88"/>
        <source>contains the entry {name!r} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="93"/>
        <source>is a ZIP file but not a Journey Designer project (its type is {mimetype!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="97"/>
        <source>is a ZIP file without {project_json}, so it is not a Journey Designer project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="117"/>
        <source>{ref}: is damaged (its content does not match its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="125"/>
        <source>unpacks to more than {max_total_bytes} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="140"/>
        <source>{filename}: is {file_size:,} bytes, more than the {limit:,} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="144"/>
        <source>{filename}: is compressed suspiciously well ({file_size}:1); refusing to unpack it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="153"/>
        <source>{filename}: unpacks to more than the {limit:,} bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="163"/>
        <source>{project_json}: is not UTF-8 text (byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="168"/>
        <source>{project_json}: is not valid JSON: {message} at line {lineno}, column {colno}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="174"/>
        <source>{project_json}: is nested more than {max_json_depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/reader.py" line="177"/>
        <source>{project_json}: must hold an object, not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/projectfile/writer.py" line="82"/>
        <source>could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeydesigner/templates.py" line="43"/>
        <source>there is no template {template!r}; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
