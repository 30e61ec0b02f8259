<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>The clipboard holds too much to paste at once.</source>
        <translation>Die Zwischenablage enthält zu viel, um alles auf einmal einzufügen.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s cards are damaged and cannot be pasted.</source>
        <translation>Die Karten in der Zwischenablage sind beschädigt und können nicht eingefügt werden.</translation>
    </message>
    <message>
        <source>Cannot paste more than {n} cards at once.</source>
        <translation>Es lassen sich höchstens {n} Karten auf einmal einfügen.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Nichts zum Einfügen.</translation>
    </message>
    <message>
        <source>Cannot paste more than {n} lines as cards.</source>
        <translation>Es lassen sich höchstens {n} Zeilen als Karten einfügen.</translation>
    </message>
    <message>
        <source>The clipboard holds nothing that can become a card.</source>
        <translation>Die Zwischenablage enthält nichts, woraus eine Karte werden kann.</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Default for its kind</source>
        <translation>Standard des Kartentyps</translation>
    </message>
    <message>
        <source>Rename Stage…</source>
        <translation>Phase umbenennen…</translation>
    </message>
    <message>
        <source>Add Stage After…</source>
        <translation>Phase danach einfügen…</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Rename Lane…</source>
        <translation>Ebene umbenennen…</translation>
    </message>
    <message>
        <source>Add Lane Below…</source>
        <translation>Ebene darunter einfügen…</translation>
    </message>
    <message>
        <source>Remove Lane</source>
        <translation>Ebene entfernen</translation>
    </message>
    <message>
        <source>Change feeling</source>
        <translation>Gefühl ändern</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n card(s)</source>
        <translation>
            <numerusform>%n Karte kopiert</numerusform>
            <numerusform>%n Karten kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>%n Karte ausgeschnitten</numerusform>
            <numerusform>%n Karten ausgeschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell first: pasted cards go into the current cell.</source>
        <translation>Klicken Sie zuerst in eine Zelle: Eingefügte Karten landen in der aktuellen Zelle.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Resize stage</source>
        <translation>Phasenbreite ändern</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Ebene umbenennen</translation>
    </message>
    <message>
        <source>Your unsaved work has been saved to a recovery copy, and you can go on working; saving under a new name is the safest next step.</source>
        <translation>Ihre ungesicherte Arbeit wurde in einer Wiederherstellungskopie gesichert, und Sie können weiterarbeiten; am sichersten ist es, als Nächstes unter einem neuen Namen zu speichern.</translation>
    </message>
    <message>
        <source>You had no unsaved changes, so nothing was lost; you can go on working.</source>
        <translation>Es gab keine ungesicherten Änderungen, also ging nichts verloren; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Journey Designer met an error it did not expect ({error}).

{work}

Details are in the log: {log}</source>
        <translation>Journey Designer ist auf einen unerwarteten Fehler gestoßen ({error}).

{work}

Einzelheiten stehen im Protokoll: {log}</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>Map pages</source>
        <translation>Map-Seiten</translation>
    </message>
    <message>
        <source>A page per persona</source>
        <translation>Eine Seite je Persona</translation>
    </message>
    <message>
        <source>Jobs to be done, ranked</source>
        <translation>Jobs to be Done, priorisiert</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>An editable PowerPoint deck: a title slide, the map as native shapes and text (split across slides where it would be too small to read), the emotion curve, a slide per persona and the jobs ranked by opportunity; each stage&apos;s description is in the speaker notes. Set in Arial.</source>
        <translation>Eine bearbeitbare PowerPoint-Präsentation: eine Titelfolie, die Map als echte Formen und Texte (auf mehrere Folien verteilt, wo sie sonst zu klein zum Lesen wäre), die Emotionskurve, eine Folie je Persona und die Jobs nach Opportunity Score; die Beschreibung jeder Phase steht in den Sprechernotizen. Schrift: Arial.</translation>
    </message>
    <message>
        <source>One web page that opens offline in any browser: zoom and pan, stage by stage with the arrow keys, search, the personas and jobs, and a print layout. It loads nothing from the network.</source>
        <translation>Eine Webseite, die offline in jedem Browser öffnet: Zoomen und Verschieben, Phase für Phase mit den Pfeiltasten, Suche, die Personas und Jobs sowie ein Drucklayout. Sie lädt nichts aus dem Netz.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> in</source>
        <translation> Zoll</translation>
    </message>
    <message>
        <source>an unexpected error stopped the export ({error})</source>
        <translation>ein unerwarteter Fehler hat den Export abgebrochen ({error})</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Maps to export</source>
        <translation>Zu exportierende Maps</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Diese Map</translation>
    </message>
    <message>
        <source>All maps</source>
        <translation>Alle Maps</translation>
    </message>
    <message>
        <source>One card per row (every field)</source>
        <translation>Eine Karte pro Zeile (alle Felder)</translation>
    </message>
    <message>
        <source>Grid: lanes down, stages across</source>
        <translation>Raster: Ebenen untereinander, Phasen nebeneinander</translation>
    </message>
    <message>
        <source>Table shape</source>
        <translation>Tabellenform</translation>
    </message>
    <message>
        <source>Preview of a page</source>
        <translation>Vorschau einer Seite</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <source>Previewed page</source>
        <translation>Seite in der Vorschau</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Maps:</source>
        <translation>Maps:</translation>
    </message>
    <message>
        <source>Table shape:</source>
        <translation>Tabellenform:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Automatic: one page, or tiles that keep the text legible</source>
        <translation>Automatisch: eine Seite oder mehrere, sodass die Schrift lesbar bleibt</translation>
    </message>
    <message>
        <source>Fit each map on one page</source>
        <translation>Jede Map auf eine Seite einpassen</translation>
    </message>
    <message>
        <source>Tile across pages:</source>
        <translation>Auf mehrere Seiten aufteilen:</translation>
    </message>
    <message>
        <source> across</source>
        <translation> nebeneinander</translation>
    </message>
    <message>
        <source> down</source>
        <translation> untereinander</translation>
    </message>
    <message>
        <source>For a print shop: backgrounds run this far past the trim marks (3 mm is usual).</source>
        <translation>Für die Druckerei: Hintergründe reichen so weit über die Schnittmarken hinaus (üblich sind 3 mm).</translation>
    </message>
    <message>
        <source>Crop and assembly marks</source>
        <translation>Schnitt- und Passermarken</translation>
    </message>
    <message>
        <source>Analysis markers (job badges, flags) — internal</source>
        <translation>Analysemarker (Job-Badges, Hinweise) – intern</translation>
    </message>
    <message>
        <source>Job counts, opportunity scores and missing-touchpoint flags on stage headers. Usually left out of what a client sees.</source>
        <translation>Anzahl der Jobs, Opportunity Scores und Hinweise auf fehlende Touchpoints in den Phasenköpfen. Meist nicht für die Augen des Kunden bestimmt.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translation>Eigene Papierbreite</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translation>Eigene Papierhöhe</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <source>Pages across</source>
        <translation>Seiten nebeneinander</translation>
    </message>
    <message>
        <source>Pages down</source>
        <translation>Seiten untereinander</translation>
    </message>
    <message>
        <source>Overlap between pages</source>
        <translation>Überlappung zwischen den Seiten</translation>
    </message>
    <message>
        <source>Bleed</source>
        <translation>Beschnittzugabe</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Eigenes Format:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Ränder:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Überlappung:</translation>
    </message>
    <message>
        <source>Bleed:</source>
        <translation>Beschnittzugabe:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Anonymise personas (names in every text, photos, age, gender, location)</source>
        <translation>Personas anonymisieren (Namen in allen Texten, Fotos, Alter, Geschlecht, Wohnort)</translation>
    </message>
    <message>
        <source>Internal notes left out</source>
        <translation>Interne Notizen weglassen</translation>
    </message>
    <message>
        <source>Lanes to leave out:</source>
        <translation>Auszulassende Ebenen:</translation>
    </message>
    <message>
        <source>Lanes to leave out</source>
        <translation>Auszulassende Ebenen</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Map</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>Aktuelle Ansicht</translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation>Ausgewählte Karten</translation>
    </message>
    <message>
        <source>{dpi} DPI</source>
        <translation>{dpi} dpi</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Area of the map</source>
        <translation>Bereich der Map</translation>
    </message>
    <message>
        <source>Image scale</source>
        <translation>Bildmaßstab</translation>
    </message>
    <message>
        <source>Area (PNG):</source>
        <translation>Bereich (PNG):</translation>
    </message>
    <message>
        <source>Scale (PNG):</source>
        <translation>Maßstab (PNG):</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one section.</source>
        <translation>Nichts zu exportieren: Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source> of {count}</source>
        <translation> von {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} Pixel</translation>
    </message>
    <message>
        <source>Vector drawing</source>
        <translation>Vektorgrafik</translation>
    </message>
    <message>
        <source>The cover and every page say “{title}”: File › Project Properties… names the project.</source>
        <translation>Auf der Titelseite und jeder Seite steht „{title}“: Unter Datei › Projekteigenschaften… benennen Sie das Projekt.</translation>
    </message>
    <message>
        <source>No preview for this format.</source>
        <translation>Keine Vorschau für dieses Format.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>“{name}” could not be exported: {reason}.</source>
        <translation>„{name}“ konnte nicht exportiert werden: {reason}.</translation>
    </message>
    <message>
        <source>Find cards…</source>
        <translation>Karten suchen…</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Show only cards with this tag or persona; the others are dimmed</source>
        <translation>Nur Karten mit diesem Tag oder dieser Persona zeigen; die übrigen werden abgeblendet</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Alle Karten</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move between cards and cells</source>
        <translation>Zwischen Karten und Zellen wechseln</translation>
    </message>
    <message>
        <source>Alt + arrow keys</source>
        <translation>Alt + Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the selected cards; on the emotion curve, up and down change the feeling</source>
        <translation>Ausgewählte Karten verschieben; auf der Emotionskurve ändern Auf und Ab das Gefühl</translation>
    </message>
    <message>
        <source>Enter / F2</source>
        <translation>Eingabe / F2</translation>
    </message>
    <message>
        <source>Edit the selected card&apos;s text (Shift+Enter: new line, Esc: cancel)</source>
        <translation>Text der ausgewählten Karte bearbeiten (Umschalt+Eingabe: neue Zeile, Esc: abbrechen)</translation>
    </message>
    <message>
        <source>Insert / Ctrl+Enter</source>
        <translation>Einfg / Strg+Eingabe</translation>
    </message>
    <message>
        <source>Add a card to the current cell</source>
        <translation>Karte in der aktuellen Zelle hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+click / Shift+click</source>
        <translation>Strg+Klick / Umschalt+Klick</translation>
    </message>
    <message>
        <source>Add a card to the selection</source>
        <translation>Karte zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Space + drag, middle drag</source>
        <translation>Leertaste + Ziehen, Ziehen mit mittlerer Maustaste</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Ctrl + wheel, pinch</source>
        <translation>Strg + Mausrad, Zwei-Finger-Zoom</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Double-click a cell</source>
        <translation>Doppelklick auf eine Zelle</translation>
    </message>
    <message>
        <source>Add a card there</source>
        <translation>Dort eine Karte hinzufügen</translation>
    </message>
    <message>
        <source>Double-click a header</source>
        <translation>Doppelklick auf eine Überschrift</translation>
    </message>
    <message>
        <source>Rename the stage or lane</source>
        <translation>Phase oder Ebene umbenennen</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space</source>
        <translation>Rechts, Ab, Bild ab, Leertaste</translation>
    </message>
    <message>
        <source>Next stage</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>Links, Auf, Bild auf, Rücktaste</translation>
    </message>
    <message>
        <source>Previous stage</source>
        <translation>Vorherige Phase</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>Overview / last stage</source>
        <translation>Übersicht / letzte Phase</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Jump to a stage</source>
        <translation>Zu einer Phase springen</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Spotlight the next lane</source>
        <translation>Nächste Ebene hervorheben</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Reveal the emotion curve stage by stage</source>
        <translation>Emotionskurve Phase für Phase aufdecken</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Show or hide the analysis markers (job badges, flags)</source>
        <translation>Analysemarker (Job-Badges, Hinweise) ein- oder ausblenden</translation>
    </message>
    <message>
        <source>B / W</source>
        <translation>B / W</translation>
    </message>
    <message>
        <source>Black / white screen</source>
        <translation>Schwarzer / weißer Bildschirm</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Presenting: {what}</source>
        <translation>Präsentation: {what}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Design customer journey maps offline, present them, export them.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled font:&lt;/b&gt; DejaVu Sans (Bitstream Vera licence, free to embed and redistribute).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries:&lt;/b&gt; Qt and PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer opens no network connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Customer Journey Maps offline gestalten, präsentieren und exportieren.&lt;/p&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mitgelieferte Schrift:&lt;/b&gt; DejaVu Sans (Bitstream-Vera-Lizenz, darf frei eingebettet und weitergegeben werden).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bibliotheken:&lt;/b&gt; Qt und PySide6 {pyside} (LGPLv3), reportlab {reportlab} (BSD), pydantic {pydantic} (MIT), Pillow (MIT-CMU), rl_accel (BSD).&lt;/p&gt;&lt;p&gt;Journey Designer baut keine Netzwerkverbindung auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Journey Designer</source>
        <translation>Über Journey Designer</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Recovered unsaved work. The original file, unchanged until you save, is {path}</source>
        <translation>Ungesicherte Arbeit wiederhergestellt. Die Originaldatei bleibt bis zum Speichern unverändert: {path}</translation>
    </message>
    <message>
        <source>Recovered unsaved work of a project that was never saved; Save asks where to put it</source>
        <translation>Ungesicherte Arbeit eines nie gespeicherten Projekts wiederhergestellt; beim Speichern werden Sie nach dem Ort gefragt</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Ungesicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Journey Designer did not close normally last time. These projects had unsaved changes, kept in recovery copies:

{files}

Recover them?</source>
        <translation>Journey Designer wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Projekte hatten ungesicherte Änderungen, die in Wiederherstellungskopien aufbewahrt sind:

{files}

Wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>{title}: the recovery copy {reason}</source>
        <translation>{title}: Die Wiederherstellungskopie {reason}</translation>
    </message>
    <message>
        <source>Card kinds</source>
        <translation>Kartentypen</translation>
    </message>
    <message>
        <source>Drag a card kind onto a cell of the map, or double-click to add it to the current cell</source>
        <translation>Ziehen Sie einen Kartentyp in eine Zelle der Map, oder doppelklicken Sie, um ihn in der aktuellen Zelle hinzuzufügen</translation>
    </message>
    <message>
        <source>{kind} card</source>
        <translation>Karte „{kind}“</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Millimeter</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Keep the previous version as NAME.journey.bak</source>
        <translation>Vorherige Version als NAME.journey.bak behalten</translation>
    </message>
    <message>
        <source>The screen the window is on</source>
        <translation>Bildschirm des Fensters</translation>
    </message>
    <message>
        <source>Begin presentations with personas and jobs</source>
        <translation>Präsentationen mit Personas und Jobs beginnen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Journey Designer speaks the new language from its next start.</source>
        <translation>Journey Designer verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Default template</source>
        <translation>Standardvorlage</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>Automatisch speichern nach</translation>
    </message>
    <message>
        <source>Keep a backup</source>
        <translation>Sicherungskopie behalten</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Paper units</source>
        <translation>Papiermaßeinheit</translation>
    </message>
    <message>
        <source>Presentation screen</source>
        <translation>Präsentationsbildschirm</translation>
    </message>
    <message>
        <source>Presentation introduction</source>
        <translation>Einleitung der Präsentation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>New projects from:</source>
        <translation>Neue Projekte aus:</translation>
    </message>
    <message>
        <source>Autosave after a change:</source>
        <translation>Automatisch speichern nach Änderung:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>Paper sizes in:</source>
        <translation>Papierformate in:</translation>
    </message>
    <message>
        <source>Present on:</source>
        <translation>Präsentieren auf:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Welcome to Journey Designer</source>
        <translation>Willkommen bei Journey Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journey Designer&lt;/h2&gt;&lt;p&gt;Start a map from a template, or open a project.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Journey Designer&lt;/h2&gt;&lt;p&gt;Beginnen Sie eine Map mit einer Vorlage, oder öffnen Sie ein Projekt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>Noch keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Open the Sample Project</source>
        <translation>Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;New from a &amp;template&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neu aus einer &amp;Vorlage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be Done</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>{title} panel</source>
        <translation>Bereich {title}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>A new project from the default template (Preferences)</source>
        <translation>Neues Projekt aus der Standardvorlage (Einstellungen)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, Excel) or a Mermaid journey, as a new project or into this one</source>
        <translation>Eine Tabelle (CSV, Excel) oder eine Mermaid-Journey, als neues Projekt oder in dieses</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>Pro&amp;jekteigenschaften…</translation>
    </message>
    <message>
        <source>Title, client, author, date, version, notes and logo of the deliverable</source>
        <translation>Titel, Kunde, Autor, Datum, Version, Notizen und Logo des Ergebnisdokuments</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the map as PDF, PNG or SVG</source>
        <translation>Map als PDF, PNG oder SVG exportieren</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <source>Compare with another version of this project and take its changes</source>
        <translation>Mit einer anderen Version dieses Projekts vergleichen und deren Änderungen übernehmen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>Kartente&amp;xt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weitersu&amp;chen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>R&amp;ückwärts suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Map &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Present the map full-screen from the overview</source>
        <translation>Map im Vollbild präsentieren, beginnend mit der Übersicht</translation>
    </message>
    <message>
        <source>Present from Current &amp;Stage</source>
        <translation>Ab &amp;aktueller Phase präsentieren</translation>
    </message>
    <message>
        <source>Present the map full-screen from the current stage</source>
        <translation>Map im Vollbild präsentieren, beginnend mit der aktuellen Phase</translation>
    </message>
    <message>
        <source>Begin with Personas and &amp;Jobs</source>
        <translation>Mit Personas und &amp;Jobs beginnen</translation>
    </message>
    <message>
        <source>Open presentations with a slide per persona and the ranked jobs</source>
        <translation>Präsentationen mit einer Folie je Persona und den priorisierten Jobs eröffnen</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>P&amp;hase hinzufügen</translation>
    </message>
    <message>
        <source>Add a stage after the current one and name it</source>
        <translation>Phase nach der aktuellen einfügen und benennen</translation>
    </message>
    <message>
        <source>&amp;Rename Stage</source>
        <translation>Phase &amp;umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;name Lane</source>
        <translation>Ebene umbe&amp;nennen</translation>
    </message>
    <message>
        <source>Opened with warnings</source>
        <translation>Mit Warnungen geöffnet</translation>
    </message>
    <message>
        <source>“{name}” opened, but some of its images could not be used as they were:</source>
        <translation>„{name}“ wurde geöffnet, aber einige Bilder ließen sich nicht unverändert verwenden:</translation>
    </message>
    <message>
        <source>Re&amp;move Stage</source>
        <translation>Phase ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add &amp;Lane…</source>
        <translation>&amp;Ebene hinzufügen…</translation>
    </message>
    <message>
        <source>Add a lane below the current one</source>
        <translation>Ebene unter der aktuellen einfügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Lane</source>
        <translation>Ebene entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Add &amp;Map…</source>
        <translation>&amp;Map hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Alle Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Start Screen…</source>
        <translation>S&amp;tartbildschirm…</translation>
    </message>
    <message>
        <source>Recent files, templates and the sample project</source>
        <translation>Zuletzt geöffnete Dateien, Vorlagen und das Beispielprojekt</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>Default template, autosave, theme, presentation screen</source>
        <translation>Standardvorlage, automatisches Speichern, Design, Präsentationsbildschirm</translation>
    </message>
    <message>
        <source>&amp;About Journey Designer</source>
        <translation>&amp;Über Journey Designer</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <source>Rename Ma&amp;p…</source>
        <translation>Ma&amp;p umbenennen…</translation>
    </message>
    <message>
        <source>Go to the &amp;Map</source>
        <translation>Zur &amp;Map wechseln</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the map</source>
        <translation>Tastaturfokus auf die Map setzen</translation>
    </message>
    <message>
        <source>Go to {panel}</source>
        <translation>Zum Bereich {panel}</translation>
    </message>
    <message>
        <source>Show the {panel} panel and move the keyboard focus there</source>
        <translation>Bereich {panel} zeigen und den Tastaturfokus dorthin setzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Be&amp;reiche</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Switch to Map</source>
        <translation>Zu Map &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
    <message>
        <source> (recovered)</source>
        <translation> (wiederhergestellt)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>{file}{state}[*] — {map} — Journey Designer</source>
        <translation>{file}{state}[*] – {map} – Journey Designer</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Keine Karte ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>%n Karte ausgewählt</numerusform>
            <numerusform>%n Karten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source> — with warnings</source>
        <translation> – mit Warnungen</translation>
    </message>
    <message>
        <source>Journey Designer projects (*.journey)</source>
        <translation>Journey-Designer-Projekte (*.journey)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Drop a .journey file to open it, or a table or Mermaid diagram to import it.</source>
        <translation>Legen Sie eine .journey-Datei ab, um sie zu öffnen, oder eine Tabelle bzw. ein Mermaid-Diagramm, um es zu importieren.</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>“{name}” {reason}.

The previous version of the file is unchanged, and your work is kept in a recovery copy. Save it somewhere else?</source>
        <translation>„{name}“ {reason}.

Die vorherige Version der Datei ist unverändert, und Ihre Arbeit ist in einer Wiederherstellungskopie gesichert. An einem anderen Ort speichern?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by someone else (or a sync client).

Reload it, or keep the version you have here? If you keep yours, saving will replace theirs; Save As keeps both.</source>
        <translation>„{name}“ wurde von jemand anderem (oder einem Sync-Programm) auf dem Datenträger geändert.

Neu laden oder die Version hier behalten? Wenn Sie Ihre behalten, ersetzt das Speichern die andere; mit „Speichern unter“ bleiben beide erhalten.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <source>“{name}” {reason}. Your version is still open.</source>
        <translation>„{name}“ {reason}. Ihre Version ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>{path} (missing)</source>
        <translation>{path} (fehlt)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>New: {title}</source>
        <translation>Neu: {title}</translation>
    </message>
    <message>
        <source>Moved here from {place}: {title}</source>
        <translation>Hierher verschoben aus {place}: {title}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>to {place}</source>
        <translation>nach {place}</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>edited: {fields}</source>
        <translation>bearbeitet: {fields}</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Merge Using It</source>
        <translation>Damit zusammenführen</translation>
    </message>
    <message>
        <source>Take every change only the other version made, in one step; list the conflicts for a decision</source>
        <translation>Alle Änderungen, die nur die andere Version enthält, in einem Schritt übernehmen; Konflikte zur Entscheidung auflisten</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Take This Change</source>
        <translation>Diese Änderung &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;All</source>
        <translation>&amp;Alle übernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>“{copy}” beside this project looks like a conflicted copy left by a sync tool ({tool}).</source>
        <translation>„{copy}“ neben diesem Projekt sieht nach einer Konfliktkopie eines Sync-Programms aus ({tool}).</translation>
    </message>
    <message numerus="yes">
        <source>There are %n such copies; this is the newest.</source>
        <translation>
            <numerusform>Es gibt %n solche Kopie; dies ist die neueste.</numerusform>
            <numerusform>Es gibt %n solche Kopien; dies ist die neueste.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file looks like a sync tool&apos;s conflicted copy of “{original}”.</source>
        <translation>Diese Datei sieht nach einer Konfliktkopie von „{original}“ aus, die ein Sync-Programm angelegt hat.</translation>
    </message>
    <message>
        <source>Compare them to see what differs and take the changes you want.</source>
        <translation>Vergleichen Sie beide, um die Unterschiede zu sehen und die gewünschten Änderungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Compare with another version</source>
        <translation>Mit einer anderen Version vergleichen</translation>
    </message>
    <message>
        <source>“{name}” {reason}</source>
        <translation>„{name}“ {reason}</translation>
    </message>
    <message>
        <source>Leave this as your version has it: the change leaves the list, and Take All passes it by</source>
        <translation>So lassen, wie Ihre Version es hat: Die Änderung verschwindet aus der Liste, und „Alle übernehmen“ lässt sie aus</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) may be the version you both started from.</source>
        <translation>„{name}“ (beim letzten Speichern aufbewahrt) könnte die Version sein, von der Sie beide ausgegangen sind.</translation>
    </message>
    <message>
        <source>“{name}” (kept by the last save) is newer than “{other}”, so it is not the version you both started from: take their changes one by one.</source>
        <translation>„{name}“ (beim letzten Speichern aufbewahrt) ist neuer als „{other}“ und daher nicht die Version, von der Sie beide ausgegangen sind: Übernehmen Sie die Änderungen einzeln.</translation>
    </message>
    <message numerus="yes">
        <source>Three-way merge with “{name}”: %n conflict(s) to decide</source>
        <translation>
            <numerusform>Drei-Wege-Zusammenführung mit „{name}“: %n Konflikt zu entscheiden</numerusform>
            <numerusform>Drei-Wege-Zusammenführung mit „{name}“: %n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from “{name}”</source>
        <translation>
            <numerusform>%n Unterschied zu „{name}“</numerusform>
            <numerusform>%n Unterschiede zu „{name}“</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences from “{name}”</source>
        <translation>Keine Unterschiede zu „{name}“</translation>
    </message>
    <message numerus="yes">
        <source>(%n left as yours)</source>
        <translation>
            <numerusform>(%n bei Ihrer Version belassen)</numerusform>
            <numerusform>(%n bei Ihrer Version belassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Take &amp;All Theirs</source>
        <translation>&amp;Alle der anderen übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) no longer applied</source>
        <translation>
            <numerusform>%n Änderung nicht mehr angewendet</numerusform>
            <numerusform>%n Änderungen nicht mehr angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Take change from {name}</source>
        <translation>Änderung aus {name} übernehmen</translation>
    </message>
    <message>
        <source>Take all from {name}</source>
        <translation>Alles aus {name} übernehmen</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>The backup {reason}</source>
        <translation>Die Sicherungskopie {reason}</translation>
    </message>
    <message>
        <source>Merge changes only {name} made</source>
        <translation>Nur in {name} gemachte Änderungen zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Took %n change(s) only the other version made</source>
        <translation>
            <numerusform>%n Änderung übernommen, die nur die andere Version enthielt</numerusform>
            <numerusform>%n Änderungen übernommen, die nur die andere Version enthielt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden</numerusform>
            <numerusform>%n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Datei wird verwendet</translation>
    </message>
    <message>
        <source>“{name}” is open by {who}.

Open a read-only copy (Save As keeps your changes apart), or open it anyway (the last one to save wins)?</source>
        <translation>„{name}“ ist bei {who} geöffnet.

Eine schreibgeschützte Kopie öffnen („Speichern unter“ hält Ihre Änderungen getrennt) oder trotzdem öffnen (wer zuletzt speichert, gewinnt)?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <source>Link job to card</source>
        <translation>Job mit Karte verknüpfen</translation>
    </message>
    <message>
        <source>Job linked to the card</source>
        <translation>Job mit der Karte verknüpft</translation>
    </message>
    <message>
        <source>Link job to stage</source>
        <translation>Job mit Phase verknüpfen</translation>
    </message>
    <message>
        <source>Job linked to the stage</source>
        <translation>Job mit der Phase verknüpft</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <source>What the lane holds:</source>
        <translation>Inhalt der Ebene:</translation>
    </message>
    <message>
        <source>Select a stage first.</source>
        <translation>Wählen Sie zuerst eine Phase aus.</translation>
    </message>
    <message>
        <source>Select a lane first.</source>
        <translation>Wählen Sie zuerst eine Ebene aus.</translation>
    </message>
    <message>
        <source>A map keeps at least one stage and one lane.</source>
        <translation>Eine Map behält mindestens eine Phase und eine Ebene.</translation>
    </message>
    <message numerus="yes">
        <source>Removed with %n card(s) — Undo brings them back.</source>
        <translation>
            <numerusform>Mit %n Karte entfernt – „Rückgängig“ holt sie zurück.</numerusform>
            <numerusform>Mit %n Karten entfernt – „Rückgängig“ holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>Map hinzufügen</translation>
    </message>
    <message>
        <source>Map name:</source>
        <translation>Name der Map:</translation>
    </message>
    <message>
        <source>Another journey</source>
        <translation>Weitere Journey</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Map umbenennen</translation>
    </message>
    <message>
        <source>Journey map canvas</source>
        <translation>Arbeitsfläche der Journey Map</translation>
    </message>
    <message>
        <source>Design customer journey maps. With no command, opens FILE (or the sample map) in a window.</source>
        <translation>Customer Journey Maps gestalten. Ohne Befehl wird FILE (oder die Beispiel-Map) in einem Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Run &apos;journeydesigner COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;journeydesigner COMMAND --help&apos;.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Programmversion anzeigen und beenden</translation>
    </message>
    <message>
        <source>open FILE in the window (the default command)</source>
        <translation>FILE im Fenster öffnen (der Standardbefehl)</translation>
    </message>
    <message>
        <source>a .journey file; the bundled sample map when left out</source>
        <translation>eine .journey-Datei; ohne Angabe die mitgelieferte Beispiel-Map</translation>
    </message>
    <message>
        <source>create a project file from a template</source>
        <translation>eine Projektdatei aus einer Vorlage erstellen</translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation>die zu erstellende .journey-Datei</translation>
    </message>
    <message>
        <source>template name (default {default_template})</source>
        <translation>Name der Vorlage (Standard: {default_template})</translation>
    </message>
    <message>
        <source>the project&apos;s title</source>
        <translation>der Titel des Projekts</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>list the templates and exit</source>
        <translation>die Vorlagen auflisten und beenden</translation>
    </message>
    <message>
        <source>check project files; exit 2 if any is not valid</source>
        <translation>Projektdateien prüfen; Exit-Code 2, wenn eine ungültig ist</translation>
    </message>
    <message>
        <source>Export a project. Settings not given here are the ones last used for this project.</source>
        <translation>Ein Projekt exportieren. Nicht angegebene Einstellungen sind die zuletzt für dieses Projekt verwendeten.</translation>
    </message>
    <message>
        <source>write FILE in the format OUT&apos;s extension names ({suffixes})</source>
        <translation>FILE im Format schreiben, das die Endung von OUT angibt ({suffixes})</translation>
    </message>
    <message>
        <source>the file to write; its extension picks the format: {suffixes} (.journey: a copy in the current format)</source>
        <translation>die zu schreibende Datei; ihre Endung bestimmt das Format: {suffixes} (.journey: eine Kopie im aktuellen Format)</translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation>OUT ersetzen, falls vorhanden</translation>
    </message>
    <message>
        <source>a map to export (repeatable; default all, or the first for PNG and SVG)</source>
        <translation>eine zu exportierende Map (wiederholbar; Standard: alle, bei PNG und SVG die erste)</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>PDF-Seiten</translation>
    </message>
    <message>
        <source>custom paper size in millimetres, e.g. 1000x700</source>
        <translation>eigenes Papierformat in Millimetern, z. B. 1000x700</translation>
    </message>
    <message>
        <source>the whole map on one page, however small its text (the default picks one page or tiles that keep it legible)</source>
        <translation>die ganze Map auf einer Seite, egal wie klein die Schrift wird (standardmäßig eine Seite oder mehrere, sodass sie lesbar bleibt)</translation>
    </message>
    <message>
        <source>tile each map across C×R pages, e.g. 3x2</source>
        <translation>jede Map auf C×R Seiten (Spalten × Zeilen) aufteilen, z. B. 3x2</translation>
    </message>
    <message>
        <source>overlap between tiles</source>
        <translation>Überlappung zwischen den Teilen</translation>
    </message>
    <message>
        <source>tiles: extend backgrounds past the trim for a print shop, e.g. 3</source>
        <translation>Teilseiten: Hintergründe für die Druckerei über den Beschnitt hinaus verlängern, z. B. 3</translation>
    </message>
    <message>
        <source>draw the job badges and flags on stage headers (internal; off by default)</source>
        <translation>Job-Badges und Hinweise in den Phasenköpfen zeichnen (intern; standardmäßig aus)</translation>
    </message>
    <message>
        <source>comma-separated, from: {choices}</source>
        <translation>durch Kommas getrennt, aus: {choices}</translation>
    </message>
    <message>
        <source>confidential export</source>
        <translation>vertraulicher Export</translation>
    </message>
    <message>
        <source>leave out a lane (repeatable)</source>
        <translation>eine Ebene weglassen (wiederholbar)</translation>
    </message>
    <message>
        <source>leave out internal notes</source>
        <translation>interne Notizen weglassen</translation>
    </message>
    <message>
        <source>persona names become Persona A, B… in every text; no photo, age, gender or location</source>
        <translation>Persona-Namen werden in allen Texten zu Persona A, B …; kein Foto, Alter, Geschlecht oder Wohnort</translation>
    </message>
    <message>
        <source>PNG and SVG</source>
        <translation>PNG und SVG</translation>
    </message>
    <message>
        <source>pixels per map point (default 2)</source>
        <translation>Pixel pro Map-Punkt (Standard 2)</translation>
    </message>
    <message>
        <source>the same as --scale DPI/96</source>
        <translation>dasselbe wie --scale DPI/96</translation>
    </message>
    <message>
        <source>no background</source>
        <translation>kein Hintergrund</translation>
    </message>
    <message>
        <source>CSV and XLSX</source>
        <translation>CSV und XLSX</translation>
    </message>
    <message>
        <source>cards: one card per row with every field (the default); grid: lanes down, stages across, a card per line, as people draft it</source>
        <translation>cards: eine Karte pro Zeile mit allen Feldern (Standard); grid: Ebenen untereinander, Phasen nebeneinander, eine Karte pro Textzeile, wie man sie entwirft</translation>
    </message>
    <message>
        <source>compare two versions of a project; exit 0 when they are the same, 1 when they differ</source>
        <translation>zwei Versionen eines Projekts vergleichen; Exit-Code 0, wenn gleich, 1, wenn verschieden</translation>
    </message>
    <message>
        <source>List what changed from A to B, a line per change. With --base, what each changed since the version both started from, and the conflicts.</source>
        <translation>Listet, was sich von A nach B geändert hat, eine Zeile pro Änderung. Mit --base, was jede seit der gemeinsamen Ausgangsversion geändert hat, und die Konflikte.</translation>
    </message>
    <message>
        <source>the common ancestor, for a three-way comparison</source>
        <translation>der gemeinsame Vorfahr, für einen Drei-Wege-Vergleich</translation>
    </message>
    <message>
        <source>make a project from a spreadsheet or a Mermaid journey ({suffixes})</source>
        <translation>ein Projekt aus einer Tabelle oder einer Mermaid-Journey erstellen ({suffixes})</translation>
    </message>
    <message>
        <source>the file to import: {suffixes}</source>
        <translation>die zu importierende Datei: {suffixes}</translation>
    </message>
    <message>
        <source>the project to create</source>
        <translation>das zu erstellende Projekt</translation>
    </message>
    <message>
        <source>journeydesigner: {reason}</source>
        <translation>journeydesigner: {reason}</translation>
    </message>
    <message>
        <source>journeydesigner: internal error ({reason})</source>
        <translation>journeydesigner: interner Fehler ({reason})</translation>
    </message>
    <message>
        <source>journeydesigner: internal error; details were written to {where}</source>
        <translation>journeydesigner: interner Fehler; Einzelheiten stehen in {where}</translation>
    </message>
    <message>
        <source>new needs -o FILE (or --list-templates)</source>
        <translation>new braucht -o FILE (oder --list-templates)</translation>
    </message>
    <message>
        <source>created {out} from the {template} template</source>
        <translation>{out} aus der Vorlage {template} erstellt</translation>
    </message>
    <message>
        <source>opens, with problems</source>
        <translation>lässt sich öffnen, mit Problemen</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>{name}: {state} ({counts})</source>
        <translation>{name}: {state} ({counts})</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n Map</numerusform>
            <numerusform>%n Maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n Persona</numerusform>
            <numerusform>%n Personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: and %n more problem(s) reading {name}; `journeydesigner validate` lists them all</source>
        <translation>
            <numerusform>Warnung: und %n weiteres Problem beim Lesen von {name}; `journeydesigner validate` nennt sie alle</numerusform>
            <numerusform>Warnung: und %n weitere Probleme beim Lesen von {name}; `journeydesigner validate` nennt sie alle</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {out}: {counts}</source>
        <translation>{out} geschrieben: {counts}</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Make a new project from IN. Spreadsheets (.csv, .xlsx) may be the grid (first column lane names, first row stage names, a card per line in a cell) or one card per row under a header (Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, KPI value, KPI target, Tags, Notes, in any order); the shape is detected. A Mermaid &apos;journey&apos; diagram (.mmd) gives a stage per section, a card per task and a persona per actor; a Markdown page (.md) gives a map per journey fenced as ```mermaid. What could not be read is reported as warnings.</source>
        <translation>Ein neues Projekt aus IN erstellen. Tabellen (.csv, .xlsx) können ein Raster sein (erste Spalte Ebenennamen, erste Zeile Phasennamen, eine Karte pro Textzeile in einer Zelle) oder eine Karte pro Zeile unter einer Kopfzeile (Map, Stage, Lane, Kind, Title, Body, Emotion score, Personas, Severity, Channel, Status, KPI value, KPI target, Tags, Notes, in beliebiger Reihenfolge); die Form wird erkannt. Ein Mermaid-Diagramm vom Typ &apos;journey&apos; (.mmd) ergibt eine Phase pro Abschnitt, eine Karte pro Aufgabe und eine Persona pro Akteur; eine Markdown-Seite (.md) ergibt eine Map pro Journey in einem ```mermaid-Block. Was nicht gelesen werden konnte, wird als Warnung gemeldet.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>{out} geschrieben</translation>
    </message>
    <message>
        <source>import writes a project: -o needs a .journey file, not {out}</source>
        <translation>import schreibt ein Projekt: -o braucht eine .journey-Datei, nicht {out}</translation>
    </message>
    <message>
        <source>there is no map named {missing!r}; the maps are: {choices}</source>
        <translation>es gibt keine Map namens {missing!r}; vorhanden sind: {choices}</translation>
    </message>
    <message>
        <source>unknown section {unknown!r}; choose from {choices}</source>
        <translation>unbekannter Abschnitt {unknown!r}; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>there is no lane named {missing!r}</source>
        <translation>es gibt keine Ebene namens {missing!r}</translation>
    </message>
    <message>
        <source>export options</source>
        <translation>Exportoptionen</translation>
    </message>
    <message>
        <source>{flag} takes two numbers such as 3x2, not {text!r}</source>
        <translation>{flag} erwartet zwei Zahlen wie 3x2, nicht {text!r}</translation>
    </message>
    <message>
        <source>cannot write {out}: {reason}</source>
        <translation>{out} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{out} already exists; add --force to replace it</source>
        <translation>{out} existiert bereits; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>{out} is a folder</source>
        <translation>{out} ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write {out}: the folder {parent} does not exist</source>
        <translation>{out} kann nicht geschrieben werden: Der Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <source>no display found; use `journeydesigner export` for headless work</source>
        <translation>keine Anzeige gefunden; ohne Bildschirm arbeiten Sie mit `journeydesigner export`</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Ebene entfernen</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Ebene verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Add %n card(s)</source>
        <translation>
            <numerusform>%n Karte hinzufügen</numerusform>
            <numerusform>%n Karten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove map</source>
        <translation>Map entfernen</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>Persona verschieben</translation>
    </message>
    <message>
        <source>Add job</source>
        <translation>Job hinzufügen</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <source>Move job</source>
        <translation>Job verschieben</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Persona {mark}</source>
        <translation>Persona {mark}</translation>
    </message>
    <message>
        <source>Anonymised: “{name}” alone was taken for {label} in {places}; check that it means the persona.</source>
        <translation>Anonymisiert: „{name}“ allein wurde in {places} als {label} gedeutet; prüfen Sie, ob die Persona gemeint ist.</translation>
    </message>
    <message>
        <source>Anonymised: “{word}” may be a persona&apos;s nickname or shared name and was left as it is in {places}.</source>
        <translation>Anonymisiert: „{word}“ könnte ein Spitzname oder ein mehrfach vergebener Name einer Persona sein und blieb in {places} unverändert.</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>for {client}</source>
        <translation>für {client}</translation>
    </message>
    <message>
        <source>Prepared by {author}</source>
        <translation>Erstellt von {author}</translation>
    </message>
    <message>
        <source>Maps: {names}</source>
        <translation>Maps: {names}</translation>
    </message>
    <message>
        <source>Scope and method</source>
        <translation>Umfang und Methode</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>the project title on the cover</source>
        <translation>der Projekttitel auf der Titelseite</translation>
    </message>
    <message>
        <source>the project notes on the cover</source>
        <translation>die Projektnotizen auf der Titelseite</translation>
    </message>
    <message>
        <source>lane “{lane}” (name)</source>
        <translation>Ebene „{lane}“ (Name)</translation>
    </message>
    <message>
        <source>card “{card}” (tags)</source>
        <translation>Karte „{card}“ (Tags)</translation>
    </message>
    <message>
        <source>job “{job}…”</source>
        <translation>Job „{job}…“</translation>
    </message>
    <message>
        <source>Shortened to fit where it is drawn: {places}.</source>
        <translation>Gekürzt, damit es an seinen Platz passt: {places}.</translation>
    </message>
    <message>
        <source>“{map}”: the map&apos;s description is longer than {lines} lines and was cut on the map page.</source>
        <translation>„{map}“: Die Beschreibung der Map ist länger als {lines} Zeilen und wurde auf der Map-Seite gekürzt.</translation>
    </message>
    <message>
        <source>custom paper</source>
        <translation>eigenes Format</translation>
    </message>
    <message>
        <source>on one {paper} page</source>
        <translation>auf einer Seite ({paper})</translation>
    </message>
    <message>
        <source>“{map}”: {share} % of the map&apos;s words would print below {legible} pt (the smallest at {size} pt); choose “Automatic” to tile it legibly, larger paper, or more tiles.</source>
        <translation>„{map}“: {share} % der Wörter der Map würden kleiner als {legible} pt gedruckt (die kleinsten mit {size} pt); wählen Sie „Automatisch“ für eine lesbare Aufteilung, ein größeres Papierformat oder mehr Teilseiten.</translation>
    </message>
    <message>
        <source>Part {part} (row {row} of {rows}, column {column} of {columns}) — {map}</source>
        <translation>Teil {part} (Zeile {row} von {rows}, Spalte {column} von {columns}) – {map}</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Wohnort</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Bevorzugte Kanäle</translation>
    </message>
    <message>
        <source>Persona “{name}”: the quote is longer than {lines} lines and was cut on its page.</source>
        <translation>Persona „{name}“: Das Zitat ist länger als {lines} Zeilen und wurde auf ihrer Seite gekürzt.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Motivations</source>
        <translation>Motivationen</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Lebensstil</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>across {cols} × {rows} {paper} pages (to be joined into one poster)</source>
        <translation>auf {cols} × {rows} Seiten ({paper}, zu einem Poster zusammenzufügen)</translation>
    </message>
    <message>
        <source>“{map}” is printed {how}, so its smallest text is {size} pt (legible is {legible} pt or more).</source>
        <translation>„{map}“ wird {how} gedruckt; die kleinste Schrift hat so {size} pt (lesbar sind {legible} pt oder mehr).</translation>
    </message>
    <message>
        <source>On {paper} paper or larger it prints on one page.</source>
        <translation>Ab Papierformat {paper} passt sie auf eine Seite.</translation>
    </message>
    <message>
        <source>Persona: {name} (continued)</source>
        <translation>Persona: {name} (Fortsetzung)</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (Fortsetzung)</translation>
    </message>
    <message>
        <source>Job to be done</source>
        <translation>Job to be Done</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Jobs to be done, ranked by opportunity</source>
        <translation>Jobs to be Done, nach Opportunity Score geordnet</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention (amber), above 15 is strong (green).</source>
        <translation>Opportunity Score = Wichtigkeit + max(Wichtigkeit − Zufriedenheit, 0), jeweils bewertet von 1–10; über 10 verdient Aufmerksamkeit (gelb), über 15 ist eine starke Chance (grün).</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundenaktivität</translation>
    </message>
    <message>
        <source>Touchpoint, with its channel</source>
        <translation>Touchpoint mit Kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>“A thought, in the customer&apos;s words”</source>
        <translation>„Ein Gedanke, in den Worten des Kunden“</translation>
    </message>
    <message>
        <source>Emotion (off the curve)</source>
        <translation>Emotion (außerhalb der Kurve)</translation>
    </message>
    <message>
        <source>Pain point, with severity 1–5</source>
        <translation>Pain Point mit Schweregrad 1–5</translation>
    </message>
    <message>
        <source>Opportunity, with status and owner</source>
        <translation>Chance mit Status und Verantwortlichem</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Name der Kennzahl</translation>
    </message>
    <message>
        <source>Backstage / support process</source>
        <translation>Backstage- / Unterstützungsprozess</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Opportunity status</source>
        <translation>Status der Chance</translation>
    </message>
    <message>
        <source>Emotional journey</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Each point is how the customer feels at a stage, from {low} (worst) to +{high} (best); the curve joins a persona&apos;s points, in the persona&apos;s colour.</source>
        <translation>Jeder Punkt zeigt, wie sich der Kunde in einer Phase fühlt, von {low} (am schlechtesten) bis +{high} (am besten); die Kurve verbindet die Punkte einer Persona in deren Farbe.</translation>
    </message>
    <message>
        <source>there is nothing to export: choose at least one section</source>
        <translation>es gibt nichts zu exportieren: Wählen Sie mindestens einen Abschnitt</translation>
    </message>
    <message>
        <source>Customer journey map</source>
        <translation>Customer Journey Map</translation>
    </message>
    <message>
        <source>Customer journey map for {client}</source>
        <translation>Customer Journey Map für {client}</translation>
    </message>
    <message>
        <source>customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>the photo of {name}</source>
        <translation>das Foto von {name}</translation>
    </message>
    <message>
        <source>the image on the card “{title}”</source>
        <translation>das Bild auf der Karte „{title}“</translation>
    </message>
    <message>
        <source>{what} prints at {ppi} ppi, below the {low} ppi a photo needs to look sharp; use a larger image</source>
        <translation>{what} wird mit {ppi} ppi gedruckt, unter den {low} ppi, die ein Foto für ein scharfes Bild braucht; verwenden Sie ein größeres Bild</translation>
    </message>
    <message>
        <source>there is nothing to draw in that area</source>
        <translation>in diesem Bereich gibt es nichts zu zeichnen</translation>
    </message>
    <message>
        <source>a {width} × {height} pixel image is more than the {limit} million pixels a PNG export may have; choose a smaller scale (at most {scale}) or export a PDF</source>
        <translation>ein Bild mit {width} × {height} Pixeln übersteigt die {limit} Millionen Pixel, die ein PNG-Export haben darf; wählen Sie einen kleineren Maßstab (höchstens {scale}) oder exportieren Sie ein PDF</translation>
    </message>
    <message>
        <source>there is not enough memory for a {width:,} × {height:,} pixel image</source>
        <translation>für ein Bild mit {width:,} × {height:,} Pixeln reicht der Arbeitsspeicher nicht</translation>
    </message>
    <message>
        <source>could not write the PNG image {path} ({reason})</source>
        <translation>das PNG-Bild {path} konnte nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{title} — made with Journey Designer</source>
        <translation>{title} – erstellt mit Journey Designer</translation>
    </message>
    <message>
        <source>could not write the SVG file {path}</source>
        <translation>die SVG-Datei {path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot export to &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation>Export nach &apos;{suffix}&apos; nicht möglich; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation>{path} {reason}</translation>
    </message>
    <message>
        <source>the project has no map to draw</source>
        <translation>das Projekt hat keine Map zum Zeichnen</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>Journey Designer project</source>
        <translation>Journey-Designer-Projekt</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Mermaid journey diagram</source>
        <translation>Mermaid-Journey-Diagramm</translation>
    </message>
    <message>
        <source>Markdown with Mermaid journeys</source>
        <translation>Markdown mit Mermaid-Journeys</translation>
    </message>
    <message>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint-Präsentation</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>cannot import &apos;{suffix}&apos;; choose one of {choices}</source>
        <translation>&apos;{suffix}&apos; kann nicht importiert werden; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Feeling {score}</source>
        <translation>Gefühl {score}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>Ziel {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Job</numerusform>
            <numerusform>%n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>{map} — stages {first}–{last}, part {part}</source>
        <translation>{map} – Phasen {first}–{last}, Teil {part}</translation>
    </message>
    <message>
        <source>“{map}”: some lanes are taller than a slide, so their text is as small as {size} pt.</source>
        <translation>„{map}“: Einige Ebenen sind höher als eine Folie, daher ist ihr Text nur {size} pt groß.</translation>
    </message>
    <message>
        <source>Notes on cards:</source>
        <translation>Notizen auf Karten:</translation>
    </message>
    <message>
        <source>Untitled stage</source>
        <translation>Unbenannte Phase</translation>
    </message>
    <message>
        <source>Emotion curve {name}</source>
        <translation>Emotionskurve {name}</translation>
    </message>
    <message>
        <source>Persona “{name}”: the fields do not fit one slide.</source>
        <translation>Persona „{name}“: Die Felder passen nicht auf eine Folie.</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10.</source>
        <translation>Opportunity Score = Wichtigkeit + max(Wichtigkeit − Zufriedenheit, 0), jeweils bewertet von 1–10.</translation>
    </message>
    <message>
        <source>Untitled lane</source>
        <translation>Unbenannte Ebene</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktivitäten</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey diagram: it must start with &apos;journey&apos;, not &apos;{first}&apos;</source>
        <translation>dies ist kein Mermaid-Journey-Diagramm: Es muss mit &apos;journey&apos; beginnen, nicht mit &apos;{first}&apos;</translation>
    </message>
    <message>
        <source>the diagram is empty: it must start with &apos;journey&apos;</source>
        <translation>das Diagramm ist leer: Es muss mit &apos;journey&apos; beginnen</translation>
    </message>
    <message>
        <source>the task &apos;{task}&apos; needs a score after a colon, such as &apos;{task}: 3: Me&apos;</source>
        <translation>die Aufgabe &apos;{task}&apos; braucht nach einem Doppelpunkt einen Wert, etwa &apos;{task}: 3: Me&apos;</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has no task name before its colon</source>
        <translation>&apos;{text}&apos; hat keinen Aufgabennamen vor dem Doppelpunkt</translation>
    </message>
    <message>
        <source>&apos;journey&apos; may only start the diagram (a task or section cannot begin with it)</source>
        <translation>&apos;journey&apos; darf nur am Anfang des Diagramms stehen (keine Aufgabe und kein Abschnitt darf damit beginnen)</translation>
    </message>
    <message>
        <source>Mermaid does not accept &apos;{text}&apos; here</source>
        <translation>Mermaid akzeptiert &apos;{text}&apos; hier nicht</translation>
    </message>
    <message>
        <source>{name} is longer than the {limit} characters Mermaid draws by default</source>
        <translation>{name} ist länger als die {limit} Zeichen, die Mermaid standardmäßig zeichnet</translation>
    </message>
    <message>
        <source>{name} holds no Mermaid journey diagram (a block fenced as ```mermaid that starts with &apos;journey&apos;)</source>
        <translation>{name} enthält kein Mermaid-Journey-Diagramm (einen ```mermaid-Block, der mit &apos;journey&apos; beginnt)</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>die Beschreibung</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>ein Abschnitt</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>{where}: the score &apos;{text}&apos; of &apos;{task}&apos; is not a number; it was read as 3 (neutral)</source>
        <translation>{where}: Der Wert &apos;{text}&apos; von &apos;{task}&apos; ist keine Zahl; er wurde als 3 (neutral) gelesen</translation>
    </message>
    <message>
        <source>{where}: the score {text} of &apos;{task}&apos; is outside Mermaid&apos;s 1…5; it was read as {clamped}</source>
        <translation>{where}: Der Wert {text} von &apos;{task}&apos; liegt außerhalb von Mermaids 1…5; er wurde als {clamped} gelesen</translation>
    </message>
    <message>
        <source>a Mermaid diagram holds one map: only &apos;{name}&apos; was written</source>
        <translation>ein Mermaid-Diagramm enthält eine Map: Nur &apos;{name}&apos; wurde geschrieben</translation>
    </message>
    <message>
        <source>the diagram has {count} characters; Mermaid draws at most {limit} unless its maxTextSize setting is raised</source>
        <translation>das Diagramm hat {count} Zeichen; Mermaid zeichnet höchstens {limit}, sofern die Einstellung maxTextSize nicht erhöht wird</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos; has no customer actions lane, so the diagram has no tasks</source>
        <translation>die Map &apos;{name}&apos; hat keine Ebene mit Kundenaktivitäten, daher hat das Diagramm keine Aufgaben</translation>
    </message>
    <message>
        <source>tasks in stages without an emotion point were given the neutral score 3</source>
        <translation>Aufgaben in Phasen ohne Emotionspunkt erhielten den neutralen Wert 3</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>KPIs / metrics</source>
        <translation>KPIs / Kennzahlen</translation>
    </message>
    <message>
        <source>Backstage / support</source>
        <translation>Backstage / Unterstützung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedanke</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pain Point</translation>
    </message>
    <message>
        <source>Backstage process</source>
        <translation>Backstage-Prozess</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Phone / chat</source>
        <translation>Telefon / Chat</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mundpropaganda</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>Change “{field}”</source>
        <translation>„{field}“ ändern</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>durch Kommas, getrennt</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>eins pro Zeile</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Kind&apos;s colour</source>
        <translation>Farbe des Typs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Severity (1–5)</source>
        <translation>Schweregrad (1–5)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Emotion score</source>
        <translation>Emotionswert</translation>
    </message>
    <message>
        <source>KPI metric</source>
        <translation>KPI-Kennzahl</translation>
    </message>
    <message>
        <source>KPI value</source>
        <translation>KPI-Wert</translation>
    </message>
    <message>
        <source>KPI target</source>
        <translation>KPI-Zielwert</translation>
    </message>
    <message>
        <source>KPI unit</source>
        <translation>KPI-Einheit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>I want to</source>
        <translation>Möchte ich</translation>
    </message>
    <message>
        <source>So I can</source>
        <translation>Damit ich</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>the project has no map to export</source>
        <translation>das Projekt hat keine Map zum Exportieren</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: card titles with line breaks were written on one line (a grid cell holds one card per line)</source>
        <translation>Map &apos;{name}&apos;: Kartentitel mit Zeilenumbrüchen wurden in eine Zeile geschrieben (eine Rasterzelle enthält eine Karte pro Zeile)</translation>
    </message>
    <message>
        <source>map &apos;{name}&apos;: a grid holds each card&apos;s title only; the bodies, notes, tags and fields of {count} card(s) were not written (choose one card per row to keep them)</source>
        <translation>Map &apos;{name}&apos;: Ein Raster enthält nur den Titel jeder Karte; Texte, Notizen, Schlagwörter und Felder von {count} Karte(n) wurden nicht geschrieben (wählen Sie eine Karte pro Zeile, um sie zu behalten)</translation>
    </message>
    <message>
        <source>{where}: the file makes more than {limit} cards, more than an import may make; split it into several files</source>
        <translation>{where}: Die Datei ergibt mehr als {limit} Karten, mehr als ein Import anlegen darf; teilen Sie sie auf mehrere Dateien auf</translation>
    </message>
    <message>
        <source>{where}: {field} {reason}</source>
        <translation>{where}: {field} {reason}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; was skipped: it holds no table ({reason})</source>
        <translation>Blatt &apos;{sheet}&apos; wurde übersprungen: Es enthält keine Tabelle ({reason})</translation>
    </message>
    <message>
        <source>{name} is empty: there is no row with text in it</source>
        <translation>{name} ist leer: Keine Zeile enthält Text</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {rows} rows, more than the {limit} an import may have</source>
        <translation>das Blatt &apos;{sheet}&apos; hat {rows} Zeilen, mehr als die {limit}, die ein Import haben darf</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row} has {columns} columns, more than the {limit} an import may have</source>
        <translation>Blatt &apos;{sheet}&apos;, Zeile {row} hat {columns} Spalten, mehr als die {limit}, die ein Import haben darf</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}</source>
        <translation>Blatt &apos;{sheet}&apos;, {place}</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has {count} merged range(s) (the first: {cells}); each was read as its first cell&apos;s text, spanning its stages, lanes or rows</source>
        <translation>Blatt &apos;{sheet}&apos; hat {count} verbundene Bereich(e) (der erste: {cells}); jeder wurde als Text seiner ersten Zelle gelesen, über seine Phasen, Ebenen oder Zeilen hinweg</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;: row(s) {rows} above the table were read as its title &apos;{title}&apos;</source>
        <translation>Blatt &apos;{sheet}&apos;: Zeile(n) {rows} über der Tabelle wurden als ihr Titel &apos;{title}&apos; gelesen</translation>
    </message>
    <message>
        <source>{where}: no header; the first row needs stage names from column {column} on (the grid), or card fields such as Stage, Lane and Title (one card per row)</source>
        <translation>{where}: keine Kopfzeile; die erste Zeile braucht ab Spalte {column} Phasennamen (Raster) oder Kartenfelder wie Stage, Lane und Title (eine Karte pro Zeile)</translation>
    </message>
    <message>
        <source>{where} holds text but column {column} of that row names no lane</source>
        <translation>{where} enthält Text, aber Spalte {column} dieser Zeile nennt keine Ebene</translation>
    </message>
    <message>
        <source>{where} holds text but row {row} names no stage above it</source>
        <translation>{where} enthält Text, aber Zeile {row} nennt darüber keine Phase</translation>
    </message>
    <message>
        <source>{where}: the emotion score &apos;{text}&apos; is not a number; it was set to 0 (neutral)</source>
        <translation>{where}: Der Emotionswert &apos;{text}&apos; ist keine Zahl; er wurde auf 0 (neutral) gesetzt</translation>
    </message>
    <message>
        <source>{where}: the emotion score {score} is outside {low}…{high}; it was set to {clamped}</source>
        <translation>{where}: Der Emotionswert {score} liegt außerhalb von {low}…{high}; er wurde auf {clamped} gesetzt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a {what} this program knows; {default} was used</source>
        <translation>{where}: &apos;{text}&apos; ist kein bekannter Wert für {what}; {default} wurde verwendet</translation>
    </message>
    <message>
        <source>card kind</source>
        <translation>Kartentyp</translation>
    </message>
    <message>
        <source>{where}: the card has no {what}; it was put in &apos;{name}&apos;</source>
        <translation>{where}: Der Karte fehlt {what}; sie wurde in &apos;{name}&apos; gelegt</translation>
    </message>
    <message>
        <source>Unsorted</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>column {column} (&apos;{header}&apos;) is not a card field; its values were kept in the cards&apos; notes</source>
        <translation>Spalte {column} (&apos;{header}&apos;) ist kein Kartenfeld; ihre Werte wurden in den Notizen der Karten behalten</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; {default} was used</source>
        <translation>{where}: &apos;{text}&apos; ist keine Zahl; {default} wurde verwendet</translation>
    </message>
    <message>
        <source>{where}: {value} is outside {low}…{high}; it was set to {clamped}</source>
        <translation>{where}: {value} liegt außerhalb von {low}…{high}; es wurde auf {clamped} gesetzt</translation>
    </message>
    <message>
        <source>{where}: &apos;{text}&apos; is not a number; it was left empty</source>
        <translation>{where}: &apos;{text}&apos; ist keine Zahl; das Feld blieb leer</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the personas sheet needs a Name column</source>
        <translation>Blatt &apos;{sheet}&apos;, {place}: Das Personas-Blatt braucht eine Spalte Name</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, row {row}</source>
        <translation>Blatt &apos;{sheet}&apos;, Zeile {row}</translation>
    </message>
    <message>
        <source>job kind</source>
        <translation>Art des Jobs</translation>
    </message>
    <message>
        <source>{where}: there is no stage &apos;{name}&apos;; the job was not linked to it</source>
        <translation>{where}: Es gibt keine Phase &apos;{name}&apos;; der Job wurde nicht damit verknüpft</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Beschreibung der Phase</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Stage width</source>
        <translation>Breite der Phase</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Name der Ebene</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Art der Ebene</translation>
    </message>
    <message>
        <source>Map name</source>
        <translation>Name der Map</translation>
    </message>
    <message>
        <source>Map description</source>
        <translation>Beschreibung der Map</translation>
    </message>
    <message>
        <source>For personas</source>
        <translation>Für Personas</translation>
    </message>
    <message>
        <source>Map personas</source>
        <translation>Personas der Map</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>Erstellungsdatum</translation>
    </message>
    <message>
        <source>emotion scale</source>
        <translation>Emotionsskala</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{what} &apos;{label}&apos;</source>
        <translation>{what} &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>{item} added in {where}</source>
        <translation>{item} in {where} hinzugefügt</translation>
    </message>
    <message>
        <source>{item} added</source>
        <translation>{item} hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>{item} removed, with its %n card(s)</source>
        <translation>
            <numerusform>{item} mit %n Karte entfernt</numerusform>
            <numerusform>{item} mit %n Karten entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>{item} removed from {where}</source>
        <translation>{item} aus {where} entfernt</translation>
    </message>
    <message>
        <source>{item} removed</source>
        <translation>{item} entfernt</translation>
    </message>
    <message>
        <source>{item} renamed to &apos;{name}&apos;</source>
        <translation>{item} umbenannt in &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exporteinstellungen</translation>
    </message>
    <message>
        <source>{subject} in {where}</source>
        <translation>{subject} in {where}</translation>
    </message>
    <message>
        <source>{subject}: changed from {before} to {after}</source>
        <translation>{subject}: von {before} zu {after} geändert</translation>
    </message>
    <message>
        <source>{subject}: {field} changed from {old} to {new}</source>
        <translation>{subject}: {field} von {old} zu {new} geändert</translation>
    </message>
    <message>
        <source>{subject}: {field} changed</source>
        <translation>{subject}: {field} geändert</translation>
    </message>
    <message>
        <source>{persona}&apos;s emotion point in {where} went from {old:+d} to {new:+d}</source>
        <translation>Emotionspunkt von {persona} in {where} von {old:+d} zu {new:+d} geändert</translation>
    </message>
    <message>
        <source>Emotion point &apos;{label}&apos; in {where} went from {old:+d} to {new:+d}</source>
        <translation>Emotionspunkt &apos;{label}&apos; in {where} von {old:+d} zu {new:+d} geändert</translation>
    </message>
    <message>
        <source>{item} moved from {was} to {now}</source>
        <translation>{item} von {was} nach {now} verschoben</translation>
    </message>
    <message>
        <source>{stage} › {lane}</source>
        <translation>{stage} › {lane}</translation>
    </message>
    <message>
        <source>{stage} ({lane})</source>
        <translation>{stage} ({lane})</translation>
    </message>
    <message>
        <source>{lane} ({stage})</source>
        <translation>{lane} ({stage})</translation>
    </message>
    <message>
        <source>{item} moved from place {old} to {new} in {where}</source>
        <translation>{item} in {where} von Position {old} auf {new} verschoben</translation>
    </message>
    <message>
        <source>{item} moved from place {old} to {new}</source>
        <translation>{item} von Position {old} auf {new} verschoben</translation>
    </message>
    <message>
        <source>{map}: {text}</source>
        <translation>{map}: {text}</translation>
    </message>
    <message>
        <source>{subject}: both changed the {field} ({mine} here, {theirs} in the other version)</source>
        <translation>{subject}: {field} auf beiden Seiten geändert ({mine} hier, {theirs} in der anderen Version)</translation>
    </message>
    <message>
        <source>{subject}: both changed the {field}</source>
        <translation>{subject}: {field} auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Conflict: they: {theirs}; you: {ours}</source>
        <translation>Konflikt: andere Version: {theirs}; Ihre: {ours}</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Imp.</source>
        <translation>Wicht.</translation>
    </message>
    <message>
        <source>Sat.</source>
        <translation>Zufr.</translation>
    </message>
    <message>
        <source>Opp.</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Drag a job onto a card or a stage header to link them</source>
        <translation>Ziehen Sie einen Job auf eine Karte oder einen Phasenkopf, um beide zu verknüpfen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>When…</source>
        <translation>Wenn …</translation>
    </message>
    <message>
        <source>When (the situation)</source>
        <translation>Wenn (die Situation)</translation>
    </message>
    <message>
        <source>I want to…</source>
        <translation>möchte ich …</translation>
    </message>
    <message>
        <source>I want to (the motivation)</source>
        <translation>möchte ich (die Motivation)</translation>
    </message>
    <message>
        <source>so I can…</source>
        <translation>damit ich …</translation>
    </message>
    <message>
        <source>So I can (the expected outcome)</source>
        <translation>Damit ich (das erwartete Ergebnis)</translation>
    </message>
    <message>
        <source>Job kind</source>
        <translation>Art des Jobs</translation>
    </message>
    <message>
        <source>Importance, 1 to 10</source>
        <translation>Wichtigkeit, 1 bis 10</translation>
    </message>
    <message>
        <source>Satisfaction, 1 to 10</source>
        <translation>Zufriedenheit, 1 bis 10</translation>
    </message>
    <message>
        <source>Opportunity score</source>
        <translation>Opportunity Score</translation>
    </message>
    <message>
        <source>Job personas</source>
        <translation>Personas des Jobs</translation>
    </message>
    <message>
        <source>Job stages</source>
        <translation>Phasen des Jobs</translation>
    </message>
    <message>
        <source>&lt;b&gt;{score}&lt;/b&gt; = importance + max(importance − satisfaction, 0)</source>
        <translation>&lt;b&gt;{score}&lt;/b&gt; = Wichtigkeit + max(Wichtigkeit − Zufriedenheit, 0)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) link to this job. Delete it and remove the links? (Undo brings everything back.)</source>
        <translation>
            <numerusform>%n Karte ist mit diesem Job verknüpft. Job löschen und die Verknüpfung entfernen? („Rückgängig“ stellt alles wieder her.)</numerusform>
            <numerusform>%n Karten sind mit diesem Job verknüpft. Job löschen und die Verknüpfungen entfernen? („Rückgängig“ stellt alles wieder her.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {words}. {stage}, {lane}.</source>
        <translation>{kind}: {words}. {stage}, {lane}.</translation>
    </message>
    <message>
        <source>Map outline</source>
        <translation>Gliederung der Map</translation>
    </message>
    <message>
        <source>Stages, their lanes and the cards in them, in the order of the map</source>
        <translation>Phasen, ihre Ebenen und deren Karten, in der Reihenfolge der Map</translation>
    </message>
    <message>
        <source>Stage {n}: {name}</source>
        <translation>Phase {n}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{lane} (%n card(s))</source>
        <translation>
            <numerusform>{lane} (%n Karte)</numerusform>
            <numerusform>{lane} (%n Karten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight on the map</source>
        <translation>Auf der Map hervorheben</translation>
    </message>
    <message>
        <source>Fade every card and emotion curve that is not this persona&apos;s</source>
        <translation>Alle Karten und Emotionskurven abblenden, die nicht zu dieser Persona gehören</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Name der Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role or occupation</source>
        <translation>Rolle oder Beruf</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Farbe der Persona</translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate persona</source>
        <translation>Persona duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s), maps or jobs refer to “{name}”. Delete the persona and remove those links? (The cards stay; Undo brings everything back.)</source>
        <translation>
            <numerusform>%n Karte, Map oder Job verweist auf „{name}“. Persona löschen und diese Verknüpfung entfernen? (Die Karten bleiben; „Rückgängig“ stellt alles wieder her.)</numerusform>
            <numerusform>%n Karten, Maps oder Jobs verweisen auf „{name}“. Persona löschen und diese Verknüpfungen entfernen? (Die Karten bleiben; „Rückgängig“ stellt alles wieder her.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Foto der Persona ändern</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Projekttitel</translation>
    </message>
    <message>
        <source>Shown on the cover and every page</source>
        <translation>Erscheint auf der Titelseite und jeder Seite</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>You, or your team</source>
        <translation>Sie oder Ihr Team</translation>
    </message>
    <message>
        <source>No fixed date</source>
        <translation>Kein festes Datum</translation>
    </message>
    <message>
        <source>No fixed date: the cover shows the day of each export</source>
        <translation>Kein festes Datum: Die Titelseite zeigt den Tag des jeweiligen Exports</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>Versionsbezeichnung</translation>
    </message>
    <message>
        <source>e.g. Draft 2</source>
        <translation>z. B. Entwurf 2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Project notes</source>
        <translation>Projektnotizen</translation>
    </message>
    <message>
        <source>Scope and method, printed on the cover</source>
        <translation>Umfang und Methode, auf die Titelseite gedruckt</translation>
    </message>
    <message>
        <source>Client logo</source>
        <translation>Kundenlogo</translation>
    </message>
    <message>
        <source>Day of the export</source>
        <translation>Tag des Exports</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose the client&apos;s logo</source>
        <translation>Logo des Kunden auswählen</translation>
    </message>
    <message>
        <source>Change client logo</source>
        <translation>Kundenlogo ändern</translation>
    </message>
    <message>
        <source>Remove client logo</source>
        <translation>Kundenlogo entfernen</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <source>What the deliverable says about itself: the cover, every page&apos;s header and footer, and the file&apos;s properties. Changes apply at once and can be undone.</source>
        <translation>Was das Ergebnisdokument über sich selbst sagt: die Titelseite, Kopf- und Fußzeile jeder Seite und die Eigenschaften der Datei. Änderungen gelten sofort und lassen sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Journey Designer — presentation</source>
        <translation>Journey Designer – Präsentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>Wo wir stehen</translation>
    </message>
    <message>
        <source>Introduction {n} of {total}</source>
        <translation>Einführung {n} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>Overview · %n stage(s)</source>
        <translation>
            <numerusform>Übersicht · %n Phase</numerusform>
            <numerusform>Übersicht · %n Phasen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage {n} of {total} · {name}</source>
        <translation>Phase {n} von {total} · {name}</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>ist erforderlich, fehlt aber</translation>
    </message>
    <message>
        <source>must be text (found {kind})</source>
        <translation>muss Text sein (gefunden: {kind})</translation>
    </message>
    <message>
        <source>must be a list (found {kind})</source>
        <translation>muss eine Liste sein (gefunden: {kind})</translation>
    </message>
    <message>
        <source>must be an object (found {kind})</source>
        <translation>muss ein Objekt sein (gefunden: {kind})</translation>
    </message>
    <message>
        <source>a number with more than {limit} digits</source>
        <translation>eine Zahl mit mehr als {limit} Ziffern</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>must be at most {limit} (found {got})</source>
        <translation>darf höchstens {limit} sein (gefunden: {got})</translation>
    </message>
    <message>
        <source>must be at least {limit} (found {got})</source>
        <translation>muss mindestens {limit} sein (gefunden: {got})</translation>
    </message>
    <message>
        <source>must be a whole number (found {got})</source>
        <translation>muss eine ganze Zahl sein (gefunden: {got})</translation>
    </message>
    <message>
        <source>must be a number (found {got})</source>
        <translation>muss eine Zahl sein (gefunden: {got})</translation>
    </message>
    <message>
        <source>must be a finite number (found {got})</source>
        <translation>muss eine endliche Zahl sein (gefunden: {got})</translation>
    </message>
    <message>
        <source>must be true or false (found {got})</source>
        <translation>muss true oder false sein (gefunden: {got})</translation>
    </message>
    <message>
        <source>must be one of {expected} (found {got})</source>
        <translation>muss eines von {expected} sein (gefunden: {got})</translation>
    </message>
    <message>
        <source>has an unknown card kind {kind}; expected one of {expected}</source>
        <translation>hat einen unbekannten Kartentyp {kind}; erwartet wird einer von {expected}</translation>
    </message>
    <message>
        <source>has no &apos;kind&apos;, so it is not clear what kind of card it is</source>
        <translation>hat kein &apos;kind&apos;, daher ist unklar, welcher Kartentyp gemeint ist</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation>ist zu lang (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <source>has too many items (at most {limit})</source>
        <translation>hat zu viele Einträge (höchstens {limit})</translation>
    </message>
    <message>
        <source>has the wrong form: {got}</source>
        <translation>hat die falsche Form: {got}</translation>
    </message>
    <message>
        <source>is not a date and time (found {got})</source>
        <translation>ist kein Datum mit Uhrzeit (gefunden: {got})</translation>
    </message>
    <message>
        <source>has too few items (at least {limit})</source>
        <translation>hat zu wenige Einträge (mindestens {limit})</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image is {width} × {height} pixels, more than the {max_image_pixels} million pixels allowed</source>
        <translation>{where}: Das Bild hat {width} × {height} Pixel, mehr als die erlaubten {max_image_pixels} Millionen Pixel</translation>
    </message>
    <message>
        <source>the image is a {fmt} image stored under the wrong name; it is kept under its right name</source>
        <translation>das Bild ist ein {fmt}-Bild unter falschem Namen; es wird unter dem richtigen Namen behalten</translation>
    </message>
    <message>
        <source>the image is a {fmt} image; it was converted to PNG, which saving keeps</source>
        <translation>das Bild ist ein {fmt}-Bild; es wurde in PNG umgewandelt, und so wird es gespeichert</translation>
    </message>
    <message>
        <source>{where}: the image has an absurd number of pixels</source>
        <translation>{where}: Das Bild hat eine absurde Anzahl von Pixeln</translation>
    </message>
    <message>
        <source>{where}: is not a readable image</source>
        <translation>{where}: ist kein lesbares Bild</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels, more than the project&apos;s images may have together; it was reduced to {small_width} × {small_height}, which saving keeps</source>
        <translation>das Bild hat {width} × {height} Pixel, mehr als die Bilder des Projekts zusammen haben dürfen; es wurde auf {small_width} × {small_height} verkleinert, und so wird es gespeichert</translation>
    </message>
    <message>
        <source>project.json › format_version: is missing, so the file&apos;s format is unknown</source>
        <translation>project.json › format_version: fehlt, daher ist das Format der Datei unbekannt</translation>
    </message>
    <message>
        <source>project.json › format_version: {raw} is not a version such as &quot;1.0&quot;</source>
        <translation>project.json › format_version: {raw} ist keine Version wie &quot;1.0&quot;</translation>
    </message>
    <message>
        <source>project.json › map: must be an object (found {kind})</source>
        <translation>project.json › map: muss ein Objekt sein (gefunden: {kind})</translation>
    </message>
    <message>
        <source>project.json › map › {key}: must be a list (found {kind})</source>
        <translation>project.json › map › {key}: muss eine Liste sein (gefunden: {kind})</translation>
    </message>
    <message>
        <source>was made by a newer Journey Designer (format {major}.x); this version reads format {current_major}.x and older. Please update Journey Designer to open it.</source>
        <translation>wurde mit einem neueren Journey Designer erstellt (Format {major}.x); diese Version liest Format {current_major}.x und älter. Bitte aktualisieren Sie Journey Designer, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>project.json › format_version: format {major} is not one this program knows</source>
        <translation>project.json › format_version: Format {major} ist diesem Programm unbekannt</translation>
    </message>
    <message>
        <source>is not a file (it is a device, a pipe or a socket)</source>
        <translation>ist keine Datei (sondern ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>is {size} MiB, larger than the {max_file_bytes} MiB a project file may be</source>
        <translation>ist {size} MiB groß, mehr als die {max_file_bytes} MiB, die eine Projektdatei haben darf</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it is not a ZIP container, or it is truncated)</source>
        <translation>ist kein Journey-Designer-Projekt (kein ZIP-Container oder unvollständig)</translation>
    </message>
    <message>
        <source>is damaged: its ZIP directory cannot be read</source>
        <translation>ist beschädigt: Das ZIP-Verzeichnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{project_json}: is nested too deeply</source>
        <translation>{project_json}: ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>is damaged or truncated ({reason})</source>
        <translation>ist beschädigt oder unvollständig ({reason})</translation>
    </message>
    <message>
        <source>has data before its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation>hat Daten vor dem ZIP-Archiv; eine Projektdatei ist ein ZIP-Archiv und sonst nichts</translation>
    </message>
    <message>
        <source>has data after its ZIP archive; a project file is a ZIP archive and nothing else</source>
        <translation>hat Daten nach dem ZIP-Archiv; eine Projektdatei ist ein ZIP-Archiv und sonst nichts</translation>
    </message>
    <message>
        <source>has {count} entries, more than the {max_entries} allowed</source>
        <translation>hat {count} Einträge, mehr als die erlaubten {max_entries}</translation>
    </message>
    <message>
        <source>contains an entry that points outside the project (&apos;{name}&apos;)</source>
        <translation>enthält einen Eintrag, der aus dem Projekt hinauszeigt (&apos;{name}&apos;)</translation>
    </message>
    <message>
        <source>contains the entry &apos;{name}&apos; twice</source>
        <translation>enthält den Eintrag &apos;{name}&apos; doppelt</translation>
    </message>
    <message>
        <source>contains a symbolic link (&apos;{name}&apos;); a project file holds only plain entries</source>
        <translation>enthält einen symbolischen Link (&apos;{name}&apos;); eine Projektdatei enthält nur einfache Einträge</translation>
    </message>
    <message>
        <source>{name}: is encrypted; Journey Designer files are never encrypted, so it cannot be read</source>
        <translation>{name}: ist verschlüsselt; Journey-Designer-Dateien sind nie verschlüsselt, daher kann sie nicht gelesen werden</translation>
    </message>
    <message>
        <source>method {number}</source>
        <translation>Methode {number}</translation>
    </message>
    <message>
        <source>{name}: is compressed with {method}; Journey Designer files use only deflate</source>
        <translation>{name}: ist mit {method} komprimiert; Journey-Designer-Dateien verwenden nur Deflate</translation>
    </message>
    <message>
        <source>is not a well-formed project file: its &apos;mimetype&apos; entry must come first and be stored uncompressed</source>
        <translation>ist keine wohlgeformte Projektdatei: Der Eintrag &apos;mimetype&apos; muss als erster und unkomprimiert gespeichert sein</translation>
    </message>
    <message>
        <source>is a ZIP file but not a Journey Designer project (its type is &apos;{mimetype}&apos;)</source>
        <translation>ist eine ZIP-Datei, aber kein Journey-Designer-Projekt (Typ &apos;{mimetype}&apos;)</translation>
    </message>
    <message>
        <source>is a ZIP file without {project_json}, so it is not a Journey Designer project</source>
        <translation>ist eine ZIP-Datei ohne {project_json} und daher kein Journey-Designer-Projekt</translation>
    </message>
    <message numerus="yes">
        <source>This file was saved by a newer version of Journey Designer (format {version}): %n card(s) or lane(s) of kinds this version does not know are shown as plain text, and saving keeps them as they were.</source>
        <translation>
            <numerusform>Diese Datei wurde mit einer neueren Version von Journey Designer gespeichert (Format {version}): %n Karte oder Ebene einer Art, die diese Version nicht kennt, wird als einfacher Text gezeigt, und Speichern behält sie unverändert.</numerusform>
            <numerusform>Diese Datei wurde mit einer neueren Version von Journey Designer gespeichert (Format {version}): %n Karten oder Ebenen von Arten, die diese Version nicht kennt, werden als einfacher Text gezeigt, und Speichern behält sie unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) or lane(s) have a kind this version does not know (such as {kind}); they are shown as plain text, and saving keeps them as they were.</source>
        <translation>
            <numerusform>%n Karte oder Ebene hat eine Art, die diese Version nicht kennt (etwa {kind}); sie wird als einfacher Text gezeigt, und Speichern behält sie unverändert.</numerusform>
            <numerusform>%n Karten oder Ebenen haben eine Art, die diese Version nicht kennt (etwa {kind}); sie werden als einfacher Text gezeigt, und Speichern behält sie unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: the image {ref} is missing from the file</source>
        <translation>{where}: Das Bild {ref} fehlt in der Datei</translation>
    </message>
    <message>
        <source>unpacks to more than {max_total_bytes} MiB</source>
        <translation>ergibt entpackt mehr als {max_total_bytes} MiB</translation>
    </message>
    <message>
        <source>{name}: is too large to keep; saving leaves it out</source>
        <translation>{name}: ist zu groß, um behalten zu werden; Speichern lässt es weg</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}); saving leaves it out</source>
        <translation>{name}: kann nicht gelesen werden ({reason}); Speichern lässt es weg</translation>
    </message>
    <message>
        <source>{filename}: is {file_size:,} bytes, more than the {limit:,} allowed</source>
        <translation>{filename}: ist {file_size:,} Byte groß, mehr als die erlaubten {limit:,}</translation>
    </message>
    <message>
        <source>{filename}: unpacks to more than the {limit:,} bytes allowed</source>
        <translation>{filename}: ergibt entpackt mehr als die erlaubten {limit:,} Byte</translation>
    </message>
    <message>
        <source>{project_json}: is not UTF-8 text (byte {start})</source>
        <translation>{project_json}: ist kein UTF-8-Text (Byte {start})</translation>
    </message>
    <message>
        <source>is a number {count:,} characters long; a number may have at most {limit}</source>
        <translation>ist eine Zahl mit {count:,} Zeichen; eine Zahl darf höchstens {limit} haben</translation>
    </message>
    <message>
        <source>is a number too large to store ({token})</source>
        <translation>ist eine zu große Zahl zum Speichern ({token})</translation>
    </message>
    <message>
        <source>is {token}, which is not a number JSON allows</source>
        <translation>ist {token}, und das ist keine in JSON erlaubte Zahl</translation>
    </message>
    <message>
        <source>appears twice in the same object; each name may appear once</source>
        <translation>kommt im selben Objekt zweimal vor; jeder Name darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>{project_json}: is not valid JSON: {message} at line {lineno}, column {colno}</source>
        <translation>{project_json}: ist kein gültiges JSON: {message} in Zeile {lineno}, Spalte {colno}</translation>
    </message>
    <message>
        <source>{where}: holds a lone surrogate (\u escape), which is not a character</source>
        <translation>{where}: enthält ein einzelnes Surrogat (\u-Escape), das kein Zeichen ist</translation>
    </message>
    <message>
        <source>{project_json}: must hold an object, not a {kind}</source>
        <translation>{project_json}: muss ein Objekt enthalten, kein {kind}</translation>
    </message>
    <message>
        <source>{project_json}: is nested more than {max_json_depth} levels deep</source>
        <translation>{project_json}: ist mehr als {max_json_depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>cannot be saved: project.json › {where} would hold {count} items, more than the {limit} a project file may; remove some</source>
        <translation>kann nicht gespeichert werden: project.json › {where} hätte {count} Einträge, mehr als die {limit}, die eine Projektdatei haben darf; entfernen Sie einige</translation>
    </message>
    <message>
        <source>cannot be saved: it holds text that is not valid Unicode</source>
        <translation>kann nicht gespeichert werden: Es enthält Text, der kein gültiges Unicode ist</translation>
    </message>
    <message>
        <source>cannot be saved: it holds a number that is not finite (NaN or infinity)</source>
        <translation>kann nicht gespeichert werden: Es enthält eine Zahl, die nicht endlich ist (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>cannot be saved: it would be {size} MiB, more than the {limit} MiB a project file may be; remove some images</source>
        <translation>kann nicht gespeichert werden: Die Datei hätte {size} MiB, mehr als die {limit} MiB, die eine Projektdatei haben darf; entfernen Sie einige Bilder</translation>
    </message>
    <message>
        <source>cannot be saved: its text is {size} MiB, more than the {limit} MiB a project may hold; split it into several projects or shorten long notes</source>
        <translation>kann nicht gespeichert werden: Der Text umfasst {size} MiB, mehr als die {limit} MiB, die ein Projekt enthalten darf; teilen Sie es in mehrere Projekte auf oder kürzen Sie lange Notizen</translation>
    </message>
    <message>
        <source>cannot be saved: it has {count} images, more than the {limit} a project may hold</source>
        <translation>kann nicht gespeichert werden: Es enthält {count} Bilder, mehr als die {limit}, die ein Projekt enthalten darf</translation>
    </message>
    <message>
        <source>cannot be saved: an image is larger than the {limit} MiB allowed</source>
        <translation>kann nicht gespeichert werden: Ein Bild ist größer als die erlaubten {limit} MiB</translation>
    </message>
    <message>
        <source>cannot be saved: it would unpack to more than {limit} MiB</source>
        <translation>kann nicht gespeichert werden: Entpackt wären es mehr als {limit} MiB</translation>
    </message>
    <message>
        <source>could not be saved: {reason}</source>
        <translation>konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>there is no template {template!r}; choose one of: {choices}</source>
        <translation>es gibt keine Vorlage {template!r}; möglich sind: {choices}</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Unbenannte Journey</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Leere Map</translation>
    </message>
    <message>
        <source>Three stages and one lane to start from.</source>
        <translation>Drei Phasen und eine Ebene als Ausgangspunkt.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Phase 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Phase 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>Phase 3</translation>
    </message>
    <message>
        <source>Five-stage journey</source>
        <translation>Journey in fünf Phasen</translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention, Advocacy with the usual lanes and suggested KPIs.</source>
        <translation>Aufmerksamkeit, Abwägung, Entscheidung, Bindung, Empfehlung mit den üblichen Ebenen und vorgeschlagenen KPIs.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The customer discovers the brand. Need: information.</source>
        <translation>Der Kunde entdeckt die Marke. Bedürfnis: Information.</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>They compare options: reviews, demos, questions to support.</source>
        <translation>Er vergleicht Optionen: Bewertungen, Demos, Fragen an den Support.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>They buy. Need: a seamless process.</source>
        <translation>Er kauft. Bedürfnis: ein reibungsloser Ablauf.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>After the purchase: onboarding, support, loyalty.</source>
        <translation>Nach dem Kauf: Onboarding, Support, Treue.</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Satisfied customers recommend the brand.</source>
        <translation>Zufriedene Kunden empfehlen die Marke weiter.</translation>
    </message>
    <message>
        <source>Traffic sources</source>
        <translation>Traffic-Quellen</translation>
    </message>
    <message>
        <source>Social engagement</source>
        <translation>Social Engagement</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Verweildauer</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion-Rate</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Kaufabbrüche</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weiterempfehlungen</translation>
    </message>
    <message>
        <source>Four-stage journey</source>
        <translation>Journey in vier Phasen</translation>
    </message>
    <message>
        <source>Awareness, Consideration, Decision, Retention.</source>
        <translation>Aufmerksamkeit, Abwägung, Entscheidung, Bindung.</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>Customer actions, frontstage, backstage and support processes, step by step.</source>
        <translation>Kundenaktivitäten, Frontstage, Backstage und Unterstützungsprozesse, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbetreuung</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Evidenz</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>{file}, last saved {when}</source>
        <translation>{file}, zuletzt gespeichert am {when}</translation>
    </message>
    <message>
        <source>{file} (the file is gone)</source>
        <translation>{file} (die Datei ist nicht mehr da)</translation>
    </message>
    <message>
        <source>{title} — {where} — unsaved work autosaved {when}</source>
        <translation>{title} – {where} – ungesicherte Arbeit automatisch gesichert am {when}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit Argument %s erlaubt</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} ist größer als {limit} MB.</translation>
    </message>
    <message>
        <source>The image</source>
        <translation>Das Bild</translation>
    </message>
    <message>
        <source>{name} is not an image Journey Designer can read (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} ist kein Bild, das Journey Designer lesen kann (PNG, JPEG, GIF, WebP oder BMP).</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}.</source>
        <translation>„{name}“ kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>When {situation}, I want to {motivation}, so I can {outcome}.</source>
        <translation>Wenn {situation}, möchte ich {motivation}, damit ich {outcome}.</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used more than once</source>
        <translation>die ID &apos;{id}&apos; wird mehrfach verwendet</translation>
    </message>
    <message>
        <source>refers to {what} &apos;{ref}&apos; that does not exist</source>
        <translation>verweist auf ein nicht vorhandenes Element &apos;{ref}&apos; ({what})</translation>
    </message>
    <message>
        <source>refers to stage &apos;{ref}&apos; that is not in this map</source>
        <translation>verweist auf die Phase &apos;{ref}&apos;, die nicht in dieser Map ist</translation>
    </message>
    <message>
        <source>refers to lane &apos;{ref}&apos; that is not in this map</source>
        <translation>verweist auf die Ebene &apos;{ref}&apos;, die nicht in dieser Map ist</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>Job: {job}</source>
        <translation>Job: {job}</translation>
    </message>
    <message>
        <source>Tables and diagrams ({patterns})</source>
        <translation>Tabellen und Diagramme ({patterns})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: {reason}</source>
        <translation>„{name}“ kann nicht importiert werden: {reason}</translation>
    </message>
    <message>
        <source>Imported {cards} card(s) from {name}.</source>
        <translation>{cards} Karte(n) aus {name} importiert.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>How should “{name}” be added?</source>
        <translation>Wie soll „{name}“ hinzugefügt werden?</translation>
    </message>
    <message>
        <source>Merge into the current map “{map}” (stages and lanes matched by name)</source>
        <translation>In die aktuelle Map „{map}“ einfügen (Phasen und Ebenen nach Namen zugeordnet)</translation>
    </message>
    <message>
        <source>Add to this project as new map(s)</source>
        <translation>Diesem Projekt als neue Map(s) hinzufügen</translation>
    </message>
    <message>
        <source>Open as a new project</source>
        <translation>Als neues Projekt öffnen</translation>
    </message>
    <message>
        <source>What will be added:</source>
        <translation>Was hinzugefügt wird:</translation>
    </message>
    <message>
        <source>What the import adds</source>
        <translation>Was der Import hinzufügt</translation>
    </message>
    <message>
        <source>What could not be read as it was ({count}):</source>
        <translation>Was nicht unverändert gelesen werden konnte ({count}):</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Hinweise zum Import</translation>
    </message>
    <message>
        <source>A new, unsaved project:</source>
        <translation>Ein neues, ungespeichertes Projekt:</translation>
    </message>
    <message>
        <source>One step: Edit › Undo takes it all back.</source>
        <translation>Ein Schritt: Bearbeiten › Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <source>untitled {kind}</source>
        <translation>{kind} ohne Titel</translation>
    </message>
    <message>
        <source>Waits for a decision above: {change}</source>
        <translation>Wartet oben auf eine Entscheidung: {change}</translation>
    </message>
    <message>
        <source>Conflict: {theirs}</source>
        <translation>Konflikt: {theirs}</translation>
    </message>
    <message>
        <source>Conflict: {sentence}</source>
        <translation>Konflikt: {sentence}</translation>
    </message>
    <message>
        <source>A: {change}</source>
        <translation>A: {change}</translation>
    </message>
    <message>
        <source>B: {change}</source>
        <translation>B: {change}</translation>
    </message>
    <message>
        <source>no font on this computer draws {chars}: they print as empty boxes; install a font for that script (on Debian and Ubuntu: fonts-noto)</source>
        <translation>keine Schrift auf diesem Computer enthält {chars}: Sie werden als leere Kästchen gedruckt; installieren Sie eine Schrift für dieses Schriftsystem (unter Debian und Ubuntu: fonts-noto)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{name} is {size} MB, larger than the {limit} MB an import may be</source>
        <translation>{name} ist {size} MB groß, mehr als die {limit} MB, die ein Import haben darf</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} existiert nicht</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>{name} kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} starts like UTF-16 text but byte {offset} is not</source>
        <translation>{name} beginnt wie UTF-16-Text, Byte {offset} aber nicht</translation>
    </message>
    <message>
        <source>{name} is not UTF-8; it was read as Windows-1252 (Western European): check accented letters, or save it as &quot;CSV UTF-8&quot;</source>
        <translation>{name} ist kein UTF-8; es wurde als Windows-1252 (Westeuropäisch) gelesen: Prüfen Sie Umlaute und Akzente, oder speichern Sie als &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>{name} is not a text file (it contains NUL bytes)</source>
        <translation>{name} ist keine Textdatei (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>row {row}, column {column}</source>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <source>{where}: the text was cut to {limit} characters</source>
        <translation>{where}: Der Text wurde auf {limit} Zeichen gekürzt</translation>
    </message>
    <message>
        <source>Map {number}</source>
        <translation>Map {number}</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} Karten</translation>
    </message>
    <message>
        <source>No card matches</source>
        <translation>Keine Karte passt</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>Phase {number} von {count}</translation>
    </message>
    <message>
        <source>Opportunity = importance + max(importance − satisfaction, 0), each rated 1–10; above 10 is worth attention, above 15 is strong.</source>
        <translation>Opportunity Score = Wichtigkeit + max(Wichtigkeit − Zufriedenheit, 0), jeweils bewertet von 1–10; über 10 verdient Aufmerksamkeit, über 15 ist eine starke Chance.</translation>
    </message>
    <message>
        <source>{count} new map(s): {names}</source>
        <translation>{count} neue Map(s): {names}</translation>
    </message>
    <message>
        <source>{count} new stage(s): {names}</source>
        <translation>{count} neue Phase(n): {names}</translation>
    </message>
    <message>
        <source>{count} new lane(s): {names}</source>
        <translation>{count} neue Ebene(n): {names}</translation>
    </message>
    <message>
        <source>{count} card(s)</source>
        <translation>{count} Karte(n)</translation>
    </message>
    <message>
        <source>{count} new persona(s): {names}</source>
        <translation>{count} neue Persona(s): {names}</translation>
    </message>
    <message>
        <source>{count} job(s) to be done</source>
        <translation>{count} Job(s) to be Done</translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV: {reason}</source>
        <translation>Zeile {line} kann nicht als CSV gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>a CSV grid holds one map: only &apos;{name}&apos; was written (choose one card per row, or XLSX, for every map)</source>
        <translation>ein CSV-Raster enthält eine Map: Nur &apos;{name}&apos; wurde geschrieben (für alle Maps wählen Sie eine Karte pro Zeile oder XLSX)</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation>{name} ist beschädigt: {reason}</translation>
    </message>
    <message>
        <source>{name} is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx without a password and import that</source>
        <translation>{name} ist eine Arbeitsmappe im Format Excel 97–2003 (.xls) oder mit Kennwortschutz; speichern Sie sie als .xlsx ohne Kennwort und importieren Sie diese</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): it is not a ZIP container, or it is truncated</source>
        <translation>{name} ist keine Excel-Arbeitsmappe (.xlsx): kein ZIP-Container oder unvollständig</translation>
    </message>
    <message>
        <source>{name} has {count} parts, more than the {limit} a workbook may have</source>
        <translation>{name} hat {count} Teile, mehr als die {limit}, die eine Arbeitsmappe haben darf</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB, more than the {limit} MB an import may be</source>
        <translation>{name} ergibt entpackt {size} MB, mehr als die {limit} MB, die ein Import haben darf</translation>
    </message>
    <message>
        <source>{name} is refused: its part {part} is compressed {ratio}×, as only a zip bomb is</source>
        <translation>{name} wird abgelehnt: Sein Teil {part} ist {ratio}-fach komprimiert, wie nur eine ZIP-Bombe</translation>
    </message>
    <message>
        <source>{name} is a ZIP file but not an Excel workbook (it has no xl/workbook.xml)</source>
        <translation>{name} ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (xl/workbook.xml fehlt)</translation>
    </message>
    <message>
        <source>{name} links to other workbooks; the links were not followed</source>
        <translation>{name} verweist auf andere Arbeitsmappen; den Verweisen wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; has more than the {limit} rows an import may have</source>
        <translation>das Blatt &apos;{sheet}&apos; hat mehr als die {limit} Zeilen, die ein Import haben darf</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos;, {place}: the sheet is wider than the {limit} columns an import may have</source>
        <translation>Blatt &apos;{sheet}&apos;, {place}: Das Blatt ist breiter als die {limit} Spalten, die ein Import haben darf</translation>
    </message>
    <message>
        <source>{count} cell(s) hold formulas (the first: sheet &apos;{sheet}&apos;, {place}): their last calculated values were imported, nothing was recalculated</source>
        <translation>{count} Zelle(n) enthalten Formeln (die erste: Blatt &apos;{sheet}&apos;, {place}): Ihre zuletzt berechneten Werte wurden importiert, nichts wurde neu berechnet</translation>
    </message>
    <message>
        <source>{count} formula cell(s) had never been calculated and were imported empty; open and save the workbook in a spreadsheet program to fill them</source>
        <translation>{count} Formelzelle(n) wurden nie berechnet und leer importiert; öffnen und speichern Sie die Arbeitsmappe in einem Tabellenprogramm, um sie zu füllen</translation>
    </message>
</context>
</TS>
