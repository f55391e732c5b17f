// The runner's editor: CodeMirror 6 with Python, bundled by the build into
// javascripts/runner-editor.mjs (runner/bundle_editor.mjs, esbuild) and
// imported by runner.mjs only when a reader first focuses or edits a block.
//
// Tokens get Pygments' class names (k, s, nf, ...) inside the block's
// `.highlight`, so Material's own rules colour them, from its
// --md-code-hl-*-color variables: the editor matches the page's code in the
// light and the dark scheme with no colours of its own.

import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { indentUnit, LanguageSupport, syntaxHighlighting, syntaxTree } from "@codemirror/language";
import { pythonLanguage } from "@codemirror/lang-python";
import { EditorState, Prec, RangeSetBuilder } from "@codemirror/state";
import { Decoration, drawSelection, EditorView, highlightSpecialChars, keymap, ViewPlugin } from "@codemirror/view";
import { styleTags, tagHighlighter, tags as t } from "@lezer/highlight";

// Lezer's Python tags, by the Pygments token Material colours alike. Plain
// names keep the code's own colour, as Pygments' `n` does in Material.
const pygments = tagHighlighter([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.modifier, t.meta], class: "k" },
  { tag: t.operatorKeyword, class: "ow" },
  { tag: [t.bool, t.null], class: "kc" },
  { tag: [t.function(t.definition(t.variableName)), t.definition(t.className)], class: "nf" },
  { tag: t.lineComment, class: "c1" },
  { tag: t.number, class: "m" },
  { tag: [t.string, t.special(t.string)], class: "s" },
  { tag: t.escape, class: "se" },
  {
    tag: [t.arithmeticOperator, t.compareOperator, t.definitionOperator, t.updateOperator, t.bitwiseOperator, t.derefOperator],
    class: "o",
  },
  { tag: [t.paren, t.squareBracket, t.brace, t.separator, t.punctuation], class: "p" },
]);

// A decorator is one token for Pygments (Name.Decorator, keyword-coloured).
const python = new LanguageSupport(
  pythonLanguage.configure({
    props: [styleTags({ "Decorator!": t.meta })],
  }),
);

// What Pygments tells apart by name and Lezer does not: builtins and self
// (Name.Builtin, Name.Builtin.Pseudo), and the modules an import names
// (Name.Namespace). And the site's own: a `#>` line is program output
// (`go`, extensions/output_lines.py), coloured apart from comments.
const BUILTINS = new Set(
  ("abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex delattr dict dir " +
    "divmod enumerate eval exec filter float format frozenset getattr globals hasattr hash help hex id input int " +
    "isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow print property " +
    "range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __import__ " +
    "Exception TypeError ValueError AttributeError KeyError IndexError RuntimeError NotImplemented Ellipsis").split(" "),
);
const builtin = Decoration.mark({ class: "nb" });
const pseudo = Decoration.mark({ class: "bp" });
const namespace = Decoration.mark({ class: "nn" });
const output = Decoration.mark({ class: "go" });

// The modules of `import a.b` and `from a.b import c`, not the names imported.
function importedModules(node, marks) {
  const child = node.node.firstChild;
  const from = child?.name === "from";
  for (let part = child; part; part = part.nextSibling) {
    if (from && part.name === "import") break;
    if (part.name === "VariableName") marks.add(part.from, part.to, namespace);
  }
}

function names(view) {
  const marks = new RangeSetBuilder();
  for (const { from, to } of view.visibleRanges) {
    syntaxTree(view.state).iterate({
      from,
      to,
      enter(node) {
        if (node.name === "ImportStatement") {
          importedModules(node, marks);
          return false;
        }
        if (node.name === "Comment" && view.state.sliceDoc(node.from, node.from + 2) === "#>") {
          marks.add(node.from, node.to, output);
        }
        if (node.name !== "VariableName") return undefined;
        const name = view.state.sliceDoc(node.from, node.to);
        if (name === "self" || name === "cls") marks.add(node.from, node.to, pseudo);
        else if (BUILTINS.has(name)) marks.add(node.from, node.to, builtin);
        return undefined;
      },
    });
  }
  return marks.finish();
}

const namePlugin = ViewPlugin.fromClass(
  class {
    constructor(view) {
      this.decorations = names(view);
    }
    update(update) {
      if (update.docChanged || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state)) {
        this.decorations = names(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

const theme = EditorView.theme({
  "&": { color: "var(--md-code-fg-color)", backgroundColor: "var(--md-code-bg-color)", fontSize: ".85em" },
  "&.cm-focused": { outline: "2px solid var(--md-accent-fg-color)", outlineOffset: "-2px" },
  ".cm-scroller": { fontFamily: "var(--md-code-font-family)", lineHeight: "1.4", padding: ".77em 0" },
  ".cm-content": { caretColor: "var(--md-code-fg-color)", padding: "0" },
  ".cm-line": { padding: "0 1.18em" },
  ".go .c1": { color: "inherit" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--md-code-fg-color)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground": {
    backgroundColor: "var(--md-accent-fg-color--transparent)",
  },
});

// EditorView.findFromDOM(element) gives an open editor's state, to the tests too.
export { EditorView };

/**
 * An editor in `parent` holding `doc`. `label` names it for screen readers;
 * `onRun()` runs on Ctrl/Cmd+Enter, `onChange(text)` after each change.
 * Tab indents; Escape then Tab moves on (CodeMirror's tab-focus mode).
 */
export function mountEditor({ parent, doc, label, onRun, onChange }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (onRun(), true) }])),
        keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap]),
        history(),
        drawSelection(),
        highlightSpecialChars(),
        python,
        indentUnit.of("    "),
        EditorState.tabSize.of(4),
        syntaxHighlighting(pygments),
        namePlugin,
        theme,
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return view;
}
