<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default for its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stage After…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Lane Below…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell first: pasted cards go into the current cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved work has been saved to a recovery copy, and you can go on working; saving under a new name is the safest next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had no unsaved changes, so nothing was lost; you can go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Designer met an error it did not expect ({error}).

{work}

Details are in the log: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page per persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs to be done, ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Designer project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown with Mermaid journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error stopped the export ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the map as native shapes and text (split across slides where it would be too small to read), the emotion curve, a slide per persona and the jobs ranked by opportunity; each stage&apos;s description is in the speaker notes. Set in Arial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One web page that opens offline in any browser: zoom and pan, stage by stage with the arrow keys, search, the personas and jobs, and a print layout. It loads nothing from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card per row (every field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid: lanes down, stages across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewed page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: one page, or tiles that keep the text legible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit each map on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile across pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a print shop: backgrounds run this far past the trim marks (3 mm is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop and assembly marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis markers (job badges, flags) — internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job counts, opportunity scores and missing-touchpoint flags on stage headers. Usually left out of what a client sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap between pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise personas (names in every text, photos, age, gender, location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes to leave out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dpi} DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (PNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover and every page say “{title}”: File › Project Properties… names the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be exported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cards with this tag or persona; the others are dimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between cards and cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cards; on the emotion curve, up and down change the feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected card&apos;s text (Shift+Enter: new line, Esc: cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert / Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click / Shift+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space + drag, middle drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl + wheel, pinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the stage or lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview / last stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotlight the next lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the emotion curve stage by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the analysis markers (job badges, flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B / W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black / white screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Design customer journey maps offline, present them, export them.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled font:&lt;/b&gt; DejaVu Sans (Bitstream Vera licence, free to embed and redistribute).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries:&lt;/b&gt; Qt and PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer opens no network connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved work. The original file, unchanged until you save, is {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved work of a project that was never saved; Save asks where to put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Designer did not close normally last time. These projects had unsaved changes, kept in recovery copies:

{files}

Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: the recovery copy {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card kind onto a cell of the map, or double-click to add it to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the previous version as NAME.journey.bak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen the window is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin presentations with personas and jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Designer speaks the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New projects from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave after a change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper sizes in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journey Designer&lt;/h2&gt;&lt;p&gt;Start a map from a template, or open a project.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New from a &amp;template&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new project from the default template (Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, client, author, date, version, notes and logo of the deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the map as PDF, PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card to the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the map full-screen from the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present from Current &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the map full-screen from the current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with Personas and &amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open presentations with a slide per persona and the ranked jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a lane below the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, Excel) or a Mermaid journey, as a new project or into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another version of this project and take its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stage after the current one and name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files, templates and the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default template, autosave, theme, presentation screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Ma&amp;p…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {panel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {panel} panel and move the keyboard focus there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” opened, but some of its images could not be used as they were:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}{state}[*] — {map} — Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved here from {place}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Using It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every change only the other version made, in one step; list the conflicts for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take This Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{copy}” beside this project looks like a conflicted copy left by a sync tool ({tool}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n such copies; this is the newest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file looks like a sync tool&apos;s conflicted copy of “{original}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare them to see what differs and take the changes you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this as your version has it: the change leaves the list, and Take All passes it by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) may be the version you both started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) is newer than “{other}”, so it is not the version you both started from: take their changes one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Three-way merge with “{name}”: %n conflict(s) to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from “{name}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No differences from “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n left as yours)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Take &amp;All Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) no longer applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Take change from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge changes only {name} made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took %n change(s) only the other version made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Journey Designer projects (*.journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a .journey file to open it, or a table or Mermaid diagram to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” {reason}.

The previous version of the file is unchanged, and your work is kept in a recovery copy. Save it somewhere else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by someone else (or a sync client).

Reload it, or keep the version you have here? If you keep yours, saving will replace theirs; Save As keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” {reason}. Your version is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open by {who}.

Open a read-only copy (Save As keeps your changes apart), or open it anyway (the last one to save wins)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link job to card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job linked to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link job to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job linked to the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lane holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lane first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map keeps at least one stage and one lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed with %n card(s) — Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project title on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project notes on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane “{lane}” (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card “{card}” (tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job “{job}…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened to fit where it is drawn: {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{map}”: the map&apos;s description is longer than {lines} lines and was cut on the map page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on one {paper} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{map}”: {share} % of the map&apos;s words would print below {legible} pt (the smallest at {size} pt); choose “Automatic” to tile it legibly, larger paper, or more tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {part} (row {row} of {rows}, column {column} of {columns}) — {map}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona “{name}”: the quote is longer than {lines} lines and was cut on its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across {cols} × {rows} {paper} pages (to be joined into one poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{map}” is printed {how}, so its smallest text is {size} pt (legible is {legible} pt or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {paper} paper or larger it prints on one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: {name} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs to be done, ranked by opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention (amber), above 15 is strong (green).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint, with its channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“A thought, in the customer&apos;s words”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion (off the curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point, with severity 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity, with status and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage / support process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is how the customer feels at a stage, from {low} (worst) to +{high} (best); the curve joins a persona&apos;s points, in the persona&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to draw in that area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {width} × {height} pixel image is more than the {limit} million pixels a PNG export may have; choose a smaller scale (at most {scale}) or export a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for a {width:,} × {height:,} pixel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the PNG image {path} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — made with Journey Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the SVG file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{map} — stages {first}–{last}, part {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{map}”: some lanes are taller than a slide, so their text is as small as {size} pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion curve {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona “{name}”: the fields do not fit one slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Mermaid journey diagram: it must start with &apos;journey&apos;, not &apos;{first}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagram is empty: it must start with &apos;journey&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task &apos;{task}&apos; needs a score after a colon, such as &apos;{task}: 3: Me&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no task name before its colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;journey&apos; may only start the diagram (a task or section cannot begin with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid does not accept &apos;{text}&apos; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is longer than the {limit} characters Mermaid draws by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no Mermaid journey diagram (a block fenced as ```mermaid that starts with &apos;journey&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the score &apos;{text}&apos; of &apos;{task}&apos; is not a number; it was read as 3 (neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the score {text} of &apos;{task}&apos; is outside Mermaid&apos;s 1…5; it was read as {clamped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Mermaid diagram holds one map: only &apos;{name}&apos; was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagram has {count} characters; Mermaid draws at most {limit} unless its maxTextSize setting is raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map &apos;{name}&apos; has no customer actions lane, so the diagram has no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks in stages without an emotion point were given the neutral score 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs / metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage / support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So I can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no map to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: card titles with line breaks were written on one line (a grid cell holds one card per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: a grid holds each card&apos;s title only; the bodies, notes, tags and fields of {count} card(s) were not written (choose one card per row to keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the file makes more than {limit} cards, more than an import may make; split it into several files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {field} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; was skipped: it holds no table ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: there is no row with text in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {rows} rows, more than the {limit} an import may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row} has {columns} columns, more than the {limit} an import may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {count} merged range(s) (the first: {cells}); each was read as its first cell&apos;s text, spanning its stages, lanes or rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: row(s) {rows} above the table were read as its title &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: no header; the first row needs stage names from column {column} on (the grid), or card fields such as Stage, Lane and Title (one card per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds text but column {column} of that row names no lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} holds text but row {row} names no stage above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the emotion score &apos;{text}&apos; is not a number; it was set to 0 (neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the emotion score {score} is outside {low}…{high}; it was set to {clamped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a {what} this program knows; {default} was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the card has no {what}; it was put in &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} (&apos;{header}&apos;) is not a card field; its values were kept in the cards&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; {default} was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is outside {low}…{high}; it was set to {clamped}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; it was left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the personas sheet needs a Name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: there is no stage &apos;{name}&apos;; the job was not linked to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} added in {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{item} removed, with its %n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{item} removed from {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} renamed to &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} in {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: changed from {before} to {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {field} changed from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {field} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{persona}&apos;s emotion point in {where} went from {old:+d} to {new:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion point &apos;{label}&apos; in {where} went from {old:+d} to {new:+d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} moved from {was} to {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} › {lane}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} ({lane})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane} ({stage})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} moved from place {old} to {new} in {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} moved from place {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{map}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: both changed the {field} ({mine} here, {theirs} in the other version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: both changed the {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: they: {theirs}; you: {ours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a job onto a card or a stage header to link them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (the situation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to (the motivation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so I can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So I can (the expected outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{score}&lt;/b&gt; = importance + max(importance − satisfaction, 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) link to this job. Delete it and remove the links? (Undo brings everything back.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade every card and emotion curve that is not this persona&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role or occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), maps or jobs refer to “{name}”. Delete the persona and remove those links? (The cards stay; Undo brings everything back.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Designer — presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overview · %n stage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stage {n} of {total} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three stages and one lane to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five-stage journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention, Advocacy with the usual lanes and suggested KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer discovers the brand. Need: information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They compare options: reviews, demos, questions to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They buy. Need: a seamless process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the purchase: onboarding, support, loyalty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied customers recommend the brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-stage journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer actions, frontstage, backstage and support processes, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds too much to paste at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s cards are damaged and cannot be pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste more than {n} cards at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste more than {n} lines as cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds nothing that can become a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {words}. {stage}, {lane}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages, their lanes and the cards in them, in the order of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{lane} (%n card(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Design customer journey maps. With no command, opens FILE (or the sample map) in a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;journeydesigner COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open FILE in the window (the default command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .journey file; the bundled sample map when left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a project file from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template name (default {default_template})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the templates and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check project files; exit 2 if any is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a project. Settings not given here are the ones last used for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write FILE in the format OUT&apos;s extension names ({suffixes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write; its extension picks the format: {suffixes} (.journey: a copy in the current format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map to export (repeatable; default all, or the first for PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom paper size in millimetres, e.g. 1000x700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole map on one page, however small its text (the default picks one page or tiles that keep it legible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile each map across C×R pages, e.g. 3x2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap between tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiles: extend backgrounds past the trim for a print shop, e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the job badges and flags on stage headers (internal; off by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, from: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out a lane (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona names become Persona A, B… in every text; no photo, age, gender or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG and SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels per map point (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as --scale DPI/96</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards: one card per row with every field (the default); grid: lanes down, stages across, a card per line, as people draft it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare two versions of a project; exit 0 when they are the same, 1 when they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what changed from A to B, a line per change. With --base, what each changed since the version both started from, and the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the common ancestor, for a three-way comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a project from a spreadsheet or a Mermaid journey ({suffixes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new project from IN. Spreadsheets (.csv, .xlsx) may be the grid (first column lane names, first row stage names, a card per line in a cell) or one card per row under a header (Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, KPI value, KPI target, Tags, Notes, in any order); the shape is detected. A Mermaid &apos;journey&apos; diagram (.mmd) gives a stage per section, a card per task and a persona per actor; a Markdown page (.md) gives a map per journey fenced as ```mermaid. What could not be read is reported as warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to import: {suffixes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeydesigner: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeydesigner: internal error ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeydesigner: internal error; details were written to {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs -o FILE (or --list-templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created {out} from the {template} template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens, with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {state} ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: and %n more problem(s) reading {name}; `journeydesigner validate` lists them all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import writes a project: -o needs a .journey file, not {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display found; use `journeydesigner export` for headless work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export to &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {out}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no map named {missing!r}; the maps are: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section {unknown!r}; choose from {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lane named {missing!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flag} takes two numbers such as 3x2, not {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {out}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} already exists; add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {out}: the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nothing to export: choose at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey map for {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image on the card “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} prints at {ppi} ppi, below the {low} ppi a photo needs to look sharp; use a larger image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no map to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number with more than {limit} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit} (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {limit} (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {expected} (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown card kind {kind}; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &apos;kind&apos;, so it is not clear what kind of card it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many items (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the wrong form: {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too few items (at least {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image is {width} × {height} pixels, more than the {max_image_pixels} million pixels allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is a {fmt} image stored under the wrong name; it is kept under its right name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is a {fmt} image; it was converted to PNG, which saving keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the image has an absurd number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: is not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels, more than the project&apos;s images may have together; it was reduced to {small_width} × {small_height}, which saving keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.json › format_version: is missing, so the file&apos;s format is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.json › format_version: {raw} is not a version such as &quot;1.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.json › map: must be an object (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.json › map › {key}: must be a list (found {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was made by a newer Journey Designer (format {major}.x); this version reads format {current_major}.x and older. Please update Journey Designer to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.json › format_version: format {major} is not one this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file (it is a device, a pipe or a socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {size} MiB, larger than the {max_file_bytes} MiB a project file may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it is not a ZIP container, or it is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its ZIP directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project_json}: is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or truncated ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has data before its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has data after its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} entries, more than the {max_entries} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an entry that points outside the project (&apos;{name}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the entry &apos;{name}&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a symbolic link (&apos;{name}&apos;); a project file holds only plain entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: is encrypted; Journey Designer files are never encrypted, so it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: is compressed with {method}; Journey Designer files use only deflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a well-formed project file: its &apos;mimetype&apos; entry must come first and be stored uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a ZIP file but not a Journey Designer project (its type is &apos;{mimetype}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a ZIP file without {project_json}, so it is not a Journey Designer project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file was saved by a newer version of Journey Designer (format {version}): %n card(s) or lane(s) of kinds this version does not know are shown as plain text, and saving keeps them as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) or lane(s) have a kind this version does not know (such as {kind}); they are shown as plain text, and saving keeps them as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image {ref} is missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacks to more than {max_total_bytes} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: is too large to keep; saving leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}); saving leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filename}: is {file_size:,} bytes, more than the {limit:,} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filename}: unpacks to more than the {limit:,} bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project_json}: is not UTF-8 text (byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number {count:,} characters long; a number may have at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number too large to store ({token})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {token}, which is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in the same object; each name may appear once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project_json}: is not valid JSON: {message} at line {lineno}, column {colno}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: holds a lone surrogate (\u escape), which is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project_json}: is nested more than {max_json_depth} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project_json}: must hold an object, not a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: project.json › {where} would hold {count} items, more than the {limit} a project file may; remove some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: it holds text that is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: it holds a number that is not finite (NaN or infinity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: it would be {size} MiB, more than the {limit} MiB a project file may be; remove some images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: its text is {size} MiB, more than the {limit} MiB a project may hold; split it into several projects or shorten long notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: it has {count} images, more than the {limit} a project may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: an image is larger than the {limit} MiB allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved: it would unpack to more than {limit} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no template {template!r}; choose one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised: “{name}” alone was taken for {label} in {places}; check that it means the persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised: “{word}” may be a persona&apos;s nickname or shared name and was left as it is in {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the cover and every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, or your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed date: the cover shows the day of each export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Draft 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and method, printed on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change client logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove client logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the deliverable says about itself: the cover, every page&apos;s header and footer, and the file&apos;s properties. Changes apply at once and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, last saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} (the file is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {where} — unsaved work autosaved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an image Journey Designer can read (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When {situation}, I want to {motivation}, so I can {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to {what} &apos;{ref}&apos; that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to stage &apos;{ref}&apos; that is not in this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to lane &apos;{ref}&apos; that is not in this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job: {job}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and diagrams ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {cards} card(s) from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should “{name}” be added?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the current map “{map}” (stages and lanes matched by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to this project as new map(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be read as it was ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, unsaved project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step: Edit › Undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for a decision above: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no font on this computer draws {chars}: they print as empty boxes; install a font for that script (on Debian and Ubuntu: fonts-noto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB, larger than the {limit} MB an import may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {offset} is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not UTF-8; it was read as Windows-1252 (Western European): check accented letters, or save it as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text was cut to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention, above 15 is strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new map(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new stage(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new lane(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} card(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new persona(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} job(s) to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV grid holds one map: only &apos;{name}&apos; was written (choose one card per row, or XLSX, for every map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx without a password and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): it is not a ZIP container, or it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count} parts, more than the {limit} a workbook may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB, more than the {limit} MB an import may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} is compressed {ratio}×, as only a zip bomb is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a ZIP file but not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} links to other workbooks; the links were not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has more than the {limit} rows an import may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the sheet is wider than the {limit} columns an import may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cell(s) hold formulas (the first: sheet &apos;{sheet}&apos;, {place}): their last calculated values were imported, nothing was recalculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} formula cell(s) had never been calculated and were imported empty; open and save the workbook in a spreadsheet program to fill them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
