/**
 * The reading pane: a source's text beside the graph, as text (never markup), cut into its
 * sentences. Each sentence is focusable (one Tab stop for the whole text; arrow keys move
 * between sentences, Home/End to the ends, Enter or Space selects the focused one); a selection
 * made with the mouse maps back to character offsets in the source's text. "Use as evidence"
 * hands the selected passage — verbatim, with its offsets — to the relation form.
 *
 * Every run of characters sits in an element carrying `data-at` (its offset in the text) with a
 * single text node inside, so a DOM position (node, offset) gives the text offset directly.
 */
import { nameFromPassage } from "../../model/edit/template.ts";
import { h } from "../../dom/dom.ts";
import { passageOf, splitSentences, type SentenceSpan } from "../../io/sentences.ts";
import type { Source } from "../../model/schema.ts";

/** A passage of a source: what evidence is made from. */
export interface Passage {
  sourceId: string;
  start: number;
  end: number;
  quote: string;
}

export interface ReadingPane {
  element: HTMLElement;
  /** Where the lead's suggestions list goes (issue 14). */
  suggestionsHost: HTMLElement;
  /** Shows a source, optionally with a passage highlighted and scrolled to. */
  show(source: Source, highlight?: { quote: string; start?: number; end?: number } | null): void;
  /** The source shown, or null. */
  shown(): string | null;
  /** The passage selected now (keyboard or mouse), or null. */
  selection(): Passage | null;
  /** Marks a passage of the shown source (a suggestion in focus) and scrolls the text, not the page, to it; null clears the mark. */
  mark(range: { start: number; end: number } | null): void;
  /** Calls `listener` with each source shown (before its text is drawn), and null when the pane is cleared. */
  listen(listener: (source: Source | null) => void): () => void;
  /** Shows the shown source again (its record may have changed), or clears the pane when it is gone. */
  refresh(lookup: (id: string) => Source | undefined): void;
  destroy(): void;
}

export interface ReadingPaneActions {
  /** "Use as evidence": the selected passage opens the relation form. */
  useAsEvidence(passage: Passage, opener: HTMLElement): void;
  /** "Add to the selected relation": a relation is selected on the graph (null: the button is hidden). */
  addToSelected: { label(): string | null; run(passage: Passage, opener: HTMLElement): void };
  /** "New actor from the selected words": a short selection (a name) opens the new-actor form with it as the name. */
  addAsActor(name: string, opener: HTMLElement): void;
}

export function createReadingPane(actions: ReadingPaneActions): ReadingPane {
  let source: Source | null = null;
  let chosen: { start: number; end: number } | null = null;
  let sentences: SentenceSpan[] = [];
  let sentenceEls: HTMLElement[] = [];
  let focusIndex = 0;
  // The text's pieces in order, each sentence (its element) and each run between sentences (its
  // nodes, straight in the text): a mark redraws only the pieces it touches, inside them.
  let pieces: { from: number; to: number; sentence: HTMLElement | null; nodes: HTMLElement[] }[] = [];
  let marked: SentenceSpan | null = null;

  const title = h("h3", { class: "reading-title", id: "reading-title" }, "No source open");
  const meta = h("p", { class: "reading-meta" });
  const text = h("div", { class: "reading-text", role: "group", "aria-labelledby": "reading-title", "aria-describedby": "reading-keys" });
  const keys = h("p", { class: "field-hint", id: "reading-keys" }, "Tab into the text, then arrow keys move from sentence to sentence and Enter selects one; or select words with the mouse.");
  const status = h("p", { class: "reading-status", role: "status" }, "Nothing selected.");
  const selectSentence = h("button", { type: "button", class: "tool", disabled: true, onclick: () => choose(focusIndex) }, "Select sentence");
  const use = h("button", { type: "button", class: "tool primary", disabled: true, onclick: () => fire(use, actions.useAsEvidence) }, "Use as evidence");
  const addTo = h("button", { type: "button", class: "tool", hidden: true, disabled: true, onclick: () => fire(addTo, actions.addToSelected.run) }, "Add to the selected relation");
  const asActor = h(
    "button",
    {
      type: "button",
      class: "tool",
      disabled: true,
      "aria-describedby": "reading-actor-hint",
      onclick: () => {
        const name = nameFromPassage(passage()?.quote ?? "");
        if (name) actions.addAsActor(name, asActor);
      },
    },
    "New actor from the selected words",
  );
  const actorHint = h("p", { class: "visually-hidden", id: "reading-actor-hint" }, "Opens the actor form with the selected words as the name; the text is then read again for suggestions.");
  const suggestionsHost = h("section", { class: "suggestions-host", "aria-label": "Suggestions" });
  const element = h(
    "section",
    { class: "reading-pane", "aria-label": "Reading pane" },
    title,
    meta,
    h("div", { class: "curate-actions" }, selectSentence, use, addTo, asActor),
    actorHint,
    status,
    keys,
    text,
    suggestionsHost,
  );

  const passage = (): Passage | null => (source && chosen && chosen.end > chosen.start ? { sourceId: source.id, start: chosen.start, end: chosen.end, quote: (source.text ?? "").slice(chosen.start, chosen.end) } : null);
  const fire = (button: HTMLElement, run: (p: Passage, opener: HTMLElement) => void) => {
    const p = passage();
    if (p) run(p, button);
  };

  const updateButtons = () => {
    const p = passage();
    use.disabled = p === null;
    const target = actions.addToSelected.label();
    addTo.hidden = target === null;
    addTo.disabled = p === null;
    if (target) addTo.textContent = `Add as evidence to ${target}`;
    asActor.disabled = p === null || nameFromPassage(p.quote) === null;
    status.textContent = p ? `Selected (characters ${p.start}–${p.end}): “${p.quote.length > 160 ? `${p.quote.slice(0, 160)}…` : p.quote}”` : "Nothing selected.";
  };

  const choose = (i: number) => {
    const s = sentences[i];
    if (!s) return;
    chosen = { start: s.start, end: s.end };
    for (const el of text.querySelectorAll(".sentence.chosen")) el.classList.remove("chosen");
    sentenceEls[i]!.classList.add("chosen");
    sentenceEls[i]!.setAttribute("aria-selected", "true");
    updateButtons();
  };

  const moveFocus = (i: number) => {
    if (sentenceEls.length === 0) return;
    const next = Math.max(0, Math.min(sentenceEls.length - 1, i));
    sentenceEls[focusIndex]?.setAttribute("tabindex", "-1");
    focusIndex = next;
    const el = sentenceEls[next]!;
    el.setAttribute("tabindex", "0");
    el.focus();
  };

  text.addEventListener("keydown", (e) => {
    const at = sentenceEls.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    if (e.key === "ArrowDown" || e.key === "ArrowRight") moveFocus(at + 1);
    else if (e.key === "ArrowUp" || e.key === "ArrowLeft") moveFocus(at - 1);
    else if (e.key === "Home") moveFocus(0);
    else if (e.key === "End") moveFocus(sentenceEls.length - 1);
    else if (e.key === "Enter" || e.key === " ") choose(at);
    else return;
    e.preventDefault();
  });
  text.addEventListener("focusin", (e) => {
    const at = sentenceEls.indexOf(e.target as HTMLElement);
    if (at >= 0) {
      focusIndex = at;
      selectSentence.disabled = false;
    }
  });

  // A mouse (or touch) selection inside the text becomes the chosen passage, trimmed of white space.
  const onSelection = () => {
    const sel = document.getSelection();
    if (!source || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const a = offsetOf(text, range.startContainer, range.startOffset);
    const b = offsetOf(text, range.endContainer, range.endOffset);
    if (a === null || b === null) return;
    const t = source.text ?? "";
    let start = Math.min(a, b);
    let end = Math.max(a, b);
    while (start < end && /\s/.test(t[start]!)) start++;
    while (end > start && /\s/.test(t[end - 1]!)) end--;
    if (end <= start) return;
    chosen = { start, end };
    for (const el of text.querySelectorAll(".sentence.chosen")) el.classList.remove("chosen");
    updateButtons();
  };
  document.addEventListener("selectionchange", onSelection);

  /** Characters `from`–`to` of the text, with the highlighted passage as <mark>. */
  const runs = (from: number, to: number, highlight: SentenceSpan | null): HTMLElement[] => {
    const t = source?.text ?? "";
    const cuts = [from, ...(highlight ? [highlight.start, highlight.end].filter((c) => c > from && c < to) : []), to];
    const out: HTMLElement[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const [a, b] = [cuts[k]!, cuts[k + 1]!];
      const lit = highlight !== null && a >= highlight.start && b <= highlight.end;
      out.push(h(lit ? "mark" : "span", { "data-at": a }, t.slice(a, b)));
    }
    return out;
  };

  const render = (highlight: SentenceSpan | null) => {
    const t = source?.text ?? "";
    sentences = splitSentences(t);
    sentenceEls = [];
    pieces = [];
    const nodes: Node[] = [];
    let last = 0;
    const between = (from: number, to: number) => {
      const own = runs(from, to, highlight);
      pieces.push({ from, to, sentence: null, nodes: own });
      nodes.push(...own);
    };
    sentences.forEach((s, i) => {
      if (s.start > last) between(last, s.start);
      const el = h("span", { class: "sentence", tabindex: i === 0 ? 0 : -1, "data-start": s.start, "data-end": s.end }, ...runs(s.start, s.end, highlight));
      sentenceEls.push(el);
      pieces.push({ from: s.start, to: s.end, sentence: el, nodes: [] });
      nodes.push(el);
      last = s.end;
    });
    if (last < t.length) between(last, t.length);
    text.replaceChildren(...nodes);
    marked = highlight;
    focusIndex = 0;
  };

  /**
   * Moves the mark to `highlight` inside the sentences drawn: the sentence elements stay (and with
   * them the keyboard focus, the roving tab stop and the chosen sentence); only the runs of the
   * pieces the old or the new mark touches are drawn again.
   */
  const remark = (highlight: SentenceSpan | null) => {
    const touches = (p: { from: number; to: number }, r: SentenceSpan | null) => r !== null && r.start < p.to && r.end > p.from;
    for (const p of pieces) {
      if (!touches(p, marked) && !touches(p, highlight)) continue;
      const fresh = runs(p.from, p.to, highlight);
      if (p.sentence) p.sentence.replaceChildren(...fresh);
      else {
        p.nodes[0]!.before(...fresh);
        for (const n of p.nodes) n.remove();
        p.nodes = fresh;
      }
    }
    marked = highlight;
  };

  const listeners = new Set<(source: Source | null) => void>();
  const tell = () => {
    for (const l of listeners) l(source);
  };

  return {
    element,
    suggestionsHost,
    mark(range) {
      if (!source || source.text === undefined) return;
      // Not drawn again: a sentence with the keyboard focus (hovering a suggestion marks it) keeps it.
      remark(range ? { start: range.start, end: range.end } : null);
      const m = text.querySelector("mark");
      if (m) text.scrollTop += m.getBoundingClientRect().top - text.getBoundingClientRect().top - text.clientHeight / 3;
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(next, highlight = null) {
      source = next;
      chosen = null;
      title.textContent = next.title;
      meta.textContent = [next.publisher, next.date, next.url].filter(Boolean).join(" · ");
      if (next.text === undefined) {
        text.replaceChildren(h("p", { class: "hint" }, `This source's text is a file beside the dataset (${next.file ?? "none"}); the browser cannot read it.`));
        sentences = [];
        sentenceEls = [];
        pieces = [];
        marked = null;
        updateButtons();
        tell();
        return;
      }
      // Listeners first: the suggestions list posts the text to its worker before the text is drawn,
      // so the engine reads while this thread draws.
      tell();
      const lit = highlight ? passageOf(next.text, highlight.quote, highlight.start, highlight.end) : null;
      render(lit);
      if (lit) {
        chosen = { start: lit.start, end: lit.end };
        const i = sentences.findIndex((s) => s.end > lit.start);
        if (i >= 0) moveFocus(i);
        text.querySelector("mark")?.scrollIntoView({ block: "center" });
      }
      updateButtons();
    },
    shown: () => source?.id ?? null,
    selection: passage,
    refresh(lookup) {
      if (!source) return updateButtons();
      const next = lookup(source.id);
      if (!next) {
        source = null;
        chosen = null;
        title.textContent = "No source open";
        meta.textContent = "";
        text.replaceChildren();
        sentences = [];
        sentenceEls = [];
        pieces = [];
        marked = null;
        tell();
      } else if (next !== source) {
        const keep = chosen;
        this.show(next);
        chosen = keep;
      }
      updateButtons();
    },
    destroy() {
      listeners.clear();
      document.removeEventListener("selectionchange", onSelection);
    },
  };
}

/** The text offset of a DOM position inside the pane's text (see the module comment). */
export function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const leaf = node.parentElement?.closest<HTMLElement>("[data-at]");
    return leaf && root.contains(leaf) ? Number(leaf.dataset.at) + offset : null;
  }
  if (!(node instanceof Element)) return null;
  if (node instanceof HTMLElement && node.dataset.at !== undefined) return Number(node.dataset.at) + (offset > 0 ? (node.textContent ?? "").length : 0);
  const child = node.childNodes[offset];
  if (child) {
    const leaf = child instanceof HTMLElement && child.dataset.at !== undefined ? child : child instanceof Element ? child.querySelector<HTMLElement>("[data-at]") : child.parentElement?.closest<HTMLElement>("[data-at]");
    if (leaf) return Number(leaf.dataset.at);
  }
  const leaves = node.querySelectorAll<HTMLElement>("[data-at]");
  const lastLeaf = leaves[leaves.length - 1];
  return lastLeaf ? Number(lastLeaf.dataset.at) + (lastLeaf.textContent ?? "").length : null;
}
