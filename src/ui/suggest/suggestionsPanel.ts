/**
 * Suggestions beside the reading pane (issue #14): the relations a source's text may support, best
 * first, each with Accept (opens the relation form pre-filled), Accept as evidence (when it
 * supports a relation already in the dataset) and Reject; focusing or hovering one highlights its
 * sentence in the text. A suggestion whose relation already quotes its sentence (accepted, or
 * recorded by hand) is done: it leaves the open list, counted below it, like a rejected one. A weak
 * guess (a score under WEAK_SCORE, model/suggest/weak.ts) says so in words beside its title and in
 * its buttons' names, and "Hide weak guesses" leaves them out. The engine runs in a worker
 * (src/app/suggester.ts); this module only draws its answer, as text.
 */
import type { Candidate, CandidateActor } from "../../model/suggest/index.ts";
import type { Dataset } from "../../model/schema.ts";
import type { Suggester } from "../../app/suggester.ts";
import { browserStorage, createRejections, type Rejections } from "../../app/rejections.ts";
import { announce, h, replaceChildren } from "../../dom/dom.ts";
import { createNamesList, type NamesListContext } from "./namesList.ts";
import { ALL_SUGGESTIONS, actorChoices, arrangeSuggestions, keepFilter, namesActor, type ActorChoice, type SuggestionFilter, type SuggestionOrder } from "../../app/suggestionFilter.ts";
import "./suggestions.css";
import { signName } from "../widgets.ts";
import { WEAK_SCORE, isWeakGuess } from "../../model/suggest/weak.ts";

export interface SuggestionsContext {
  /** The dataset as it is now (type labels, relations for "supports existing"). */
  dataset(): Dataset;
  suggester: Suggester;
  /** Highlights a passage of the open source in the reading pane; null clears it. */
  highlight(range: { start: number; end: number } | null): void;
  /** Opens the relation form with the candidate filled in (new actors offered for creation). */
  accept(candidate: Candidate): void;
  /** Adds the candidate's quote as evidence to the relation it supports. */
  acceptAsEvidence(candidate: Candidate): void;
  /** Shows a relation of the dataset where it is edited (a done suggestion's relation). */
  showRelation(id: string): void;
  /** Where rejections are kept across reloads (default: the browser's local storage). */
  rejections?: Rejections;
  /** "Add as actor" on a name the text uses that no actor stands for: opens the new-actor form. */
  addActor: NamesListContext["addActor"];
  /** "Another name of…" on such a name: opens the form adding it to an actor's other names. */
  addAlias: NamesListContext["addAlias"];
}

export interface SuggestionsSource {
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD: anchors "in February" and is `from` when a sentence has none. */
  date?: string;
}

export interface SuggestionsPanel {
  /** Suggests for this source (replacing what was shown). */
  show(source: SuggestionsSource): Promise<void>;
  /** The dataset changed: suggest again for the source shown (marks and "supports existing" follow). */
  refresh(): Promise<void>;
  /** No source with a text is shown: the list is hidden. */
  clear(): void;
  destroy(): void;
}

/** Quotes longer than this are cut in the list (the reading pane shows them whole). */
const QUOTE_CHARS = 280;

// In the words the details card and the relation form use: "(0)" after "Mediation" read as a count.
const signText = (sign: Candidate["sign"]) => (sign === null ? "sign unknown" : signName(sign));
const signWord = (sign: Candidate["sign"]) => (sign === 1 ? "positive" : sign === -1 ? "negative" : sign === 0 ? "neutral" : "sign unknown");

/**
 * An actor as the quote names it: its label, and when the quote only refers back to it ("the three
 * countries", "the emirate"), that phrase too — why the pair was proposed from a sentence that does
 * not name it; when the quote does not name it at all (the parties of "hosted the talks"), the words
 * it was read from.
 */
export function actorName(a: CandidateActor): string {
  if (!a.referredAs) return a.label;
  return a.unnamed ? `${a.label} (not named here: read from “${a.referredAs}”)` : `${a.label} (as “${a.referredAs}”)`;
}

/** "Armenia – Russia, Estrangement (adversarial)": what a candidate proposes, in words. */
export function candidateTitle(c: Candidate, dataset: Pick<Dataset, "relationTypes">): string {
  const type = c.type === null ? null : dataset.relationTypes.find((t) => t.id === c.type);
  const arrow = type?.directed ? "→" : "–";
  return `${actorName(c.source)} ${arrow} ${actorName(c.target)}, ${type?.label ?? "type to choose"} (${signText(c.sign)})`;
}

/** The dataset holds it: the relation it supports quotes its sentence already. */
const isDone = (c: Candidate) => c.supportsExisting?.quoted === true;

const newActorNote = (a: CandidateActor) => `new actor ${a.label}${a.iso3 ? ` (${a.iso3})` : ""}, named “${a.mention}”`;

export function mountSuggestions(host: HTMLElement, ctx: SuggestionsContext): SuggestionsPanel {
  const status = h("p", { class: "suggestions-status", role: "status" });
  const list = h("ol", { class: "suggestion-list", "aria-label": "Suggested relations, best first" });
  const rejectedNote = h("p", { class: "suggestions-rejected", hidden: true });
  const doneNote = h("p", { class: "suggestions-done", hidden: true });
  const names = createNamesList({ dataset: ctx.dataset, highlight: ctx.highlight, addActor: ctx.addActor, addAlias: ctx.addAlias });
  // Which suggestions, in which order (src/app/suggestionFilter.ts): one party's, or along the text.
  const actorSelect = h("select", { class: "suggestions-actor", onchange: () => choose({ actor: actorSelect.value === "" ? null : actorSelect.value }) });
  const orderSelect = h(
    "select",
    { class: "suggestions-order", onchange: () => choose({ order: orderSelect.value as SuggestionOrder }) },
    h("option", { value: "score" }, "Best first"),
    h("option", { value: "text" }, "In the text's order"),
  );
  // A real checkbox whose label counts the weak guesses of the open list (countChoices writes it).
  const hideWeak = h("input", { type: "checkbox", class: "suggestions-hide-weak", onchange: () => choose({ hideWeak: hideWeak.checked }) });
  const weakCount = h("span", {}, "Hide weak guesses");
  const weakToggle = h("label", { class: "suggestion-weak-toggle" }, hideWeak, weakCount);
  const filters = h(
    "div",
    { class: "suggestion-filters", hidden: true },
    h("label", {}, h("span", {}, "Suggestions naming"), actorSelect),
    h("label", {}, h("span", {}, "Order"), orderSelect),
    weakToggle,
  );
  // The names first: telling the engine who the text's parties are comes before reviewing the pairs it read.
  host.append(names.element, h("h3", { class: "suggestions-title" }, "Suggestions"), filters, status, list, doneNote, rejectedNote);
  host.hidden = true;

  let source: SuggestionsSource | null = null;
  let candidates: Candidate[] = [];
  let filter: SuggestionFilter = ALL_SUGGESTIONS;
  /** The actors the current answer names (the "Suggestions naming" options), made once per answer. */
  let choices: ActorChoice[] = [];
  /** Rejected candidate ids of the source shown (ids are stable within one text), kept across reloads. */
  const rejections = ctx.rejections ?? createRejections(browserStorage());
  let rejected = new Set<string>();
  let showRejected = false;
  let showDone = false;
  const keepRejected = () => {
    if (source) rejections.save(ctx.dataset().id, source.id, source.text, rejected);
  };

  const item = (c: Candidate, isRejected: boolean, done: boolean) => {
    const dataset = ctx.dataset();
    const weak = isWeakGuess(c);
    // The buttons' names say it too: a screen reader moving from button to button meets no badge.
    const title = `${candidateTitle(c, dataset)}${weak ? ", a weak guess" : ""}`;
    const supported = c.supportsExisting ? dataset.relations.find((r) => r.id === c.supportsExisting!.relation) : undefined;
    const notes = [
      c.cue ? `cue “${c.cue.text}”${c.cue.negated ? " (negated)" : ""}` : "no cue word: the pair only",
      c.from ? `from ${c.from}${c.fromBasis === "source" ? " (the source's date)" : ""}` : "no date found",
      weak ? `score ${c.score.toFixed(2)} (under ${WEAK_SCORE.toFixed(2)}: few such are right)` : `score ${c.score.toFixed(2)}`,
      ...[c.source, c.target].filter((a) => !a.inDataset).map(newActorNote),
    ];
    const quote = c.quote.length > QUOTE_CHARS ? `${c.quote.slice(0, QUOTE_CHARS)}…` : c.quote;
    const highlight = () => ctx.highlight({ start: c.start, end: c.end });
    return h(
      "li",
      { class: `suggestion${isRejected ? " is-rejected" : ""}${done ? " is-done" : ""}${weak ? " is-weak" : ""}`, "data-candidate": c.id, "data-sign": signWord(c.sign), onmouseenter: highlight, onfocusin: highlight },
      h("p", { class: "suggestion-head" }, h("strong", {}, candidateTitle(c, dataset)), weak ? h("span", { class: "suggestion-weak" }, "Weak guess") : null),
      h("p", { class: "suggestion-notes" }, notes.join(" · ")),
      h("blockquote", { class: "suggestion-quote" }, quote),
      supported
        ? h("p", { class: "suggestion-supports" }, c.supportsExisting!.quoted ? `Already quoted by relation ${supported.id}.` : `Supports existing relation ${supported.id}.`)
        : null,
      h(
        "div",
        { class: "suggestion-actions" },
        ...(isRejected ? [restoreButton(c, title)] : done && supported ? [showButton(supported.id)] : actionButtons(c, title, supported?.id ?? null)),
      ),
    );
  };

  const restoreButton = (c: Candidate, title: string): HTMLButtonElement => h("button", { type: "button", class: "tool", "aria-label": `Restore suggestion: ${title}`, onclick: () => restore(c) }, "Restore");

  // A done suggestion offers no second Accept (it would record the stance twice): only its relation.
  const showButton = (id: string): HTMLButtonElement =>
    h("button", { type: "button", class: "tool", "aria-label": `Show relation ${id}`, onclick: () => ctx.showRelation(id) }, "Show relation");

  const actionButtons = (c: Candidate, title: string, supports: string | null): Array<HTMLButtonElement | null> => [
    h("button", { type: "button", class: "tool", "aria-label": `Accept: ${title}; opens the relation form`, onclick: () => ctx.accept(c) }, "Accept"),
    supports !== null && !c.supportsExisting?.quoted
      ? h("button", { type: "button", class: "tool", "aria-label": `Accept as evidence for relation ${supports}`, onclick: () => ctx.acceptAsEvidence(c) }, "Accept as evidence")
      : null,
    h("button", { type: "button", class: "tool", "aria-label": `Reject: ${title}`, onclick: () => reject(c) }, "Reject"),
  ];

  /** The actor choices, for a new answer (not on each render: a focused select keeps its options). */
  const fillFilters = () => {
    filter = keepFilter(filter, candidates);
    choices = actorChoices(candidates);
    // Their counts are the open list's, written by render (countChoices).
    replaceChildren(actorSelect, h("option", { value: "" }, "All actors"), ...choices.map((a) => h("option", { value: a.id }, a.label)));
    actorSelect.value = filter.actor ?? "";
    orderSelect.value = filter.order;
    hideWeak.checked = filter.hideWeak;
    // No weak guess in this answer: nothing to hide.
    weakToggle.hidden = !candidates.some(isWeakGuess);
    filters.hidden = candidates.length === 0;
  };

  /**
   * The choices' counts follow the open list (a rejected or done suggestion no longer counts, nor a
   * weak guess while they are hidden), as the status line does; the options' words change in place,
   * so a focused select keeps its options. The checkbox counts the open weak guesses of the actor
   * chosen. Returns the two counts the status line says too.
   */
  const countChoices = (isOpen: (c: Candidate) => boolean): { all: number; weak: number } => {
    const counts = new Map<string, number>();
    let all = 0;
    let weak = 0;
    for (const c of candidates) {
      if (!isOpen(c)) continue;
      const isWeak = isWeakGuess(c);
      if (isWeak && (filter.actor === null || namesActor(c, filter.actor))) weak++;
      if (isWeak && filter.hideWeak) continue;
      all++;
      for (const id of new Set([c.source.id, c.target.id])) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const options = actorSelect.options;
    if (options[0]) options[0].textContent = `All actors (${all})`;
    weakCount.textContent = `Hide weak guesses (${weak})`;
    choices.forEach((a, i) => {
      const option = options[i + 1];
      if (option) option.textContent = `${a.label} (${counts.get(a.id) ?? 0})`;
    });
    return { all, weak };
  };

  const choose = (change: Partial<SuggestionFilter>) => {
    filter = { ...filter, ...change };
    render();
    announce(status.textContent ?? "");
  };

  const render = () => {
    if (!source) return;
    const gone = rejected;
    const inFilter = arrangeSuggestions(candidates, filter);
    const done = (c: Candidate) => !gone.has(c.id) && isDone(c);
    const shown = inFilter.filter((c) => (gone.has(c.id) ? showRejected : done(c) ? showDone : true));
    // The list is drawn anew: the keyboard's place in it is kept (the same button, or the one that
    // took the place of a suggestion that left the open list, e.g. just accepted).
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement : null;
    const place = focused ? { label: focused.getAttribute("aria-label"), index: [...list.children].findIndex((li) => li.contains(focused)) } : null;
    replaceChildren(list, ...shown.map((c) => item(c, gone.has(c.id), done(c))));
    if (place) {
      const again = place.label ? list.querySelector<HTMLElement>(`button[aria-label="${CSS.escape(place.label)}"]`) : null;
      const li = list.children[Math.min(place.index, list.children.length - 1)];
      (again ?? li?.querySelector<HTMLElement>("button") ?? null)?.focus();
    }
    const nRejected = inFilter.filter((c) => gone.has(c.id)).length;
    const nDone = inFilter.filter(done).length;
    rejectedNote.hidden = nRejected === 0;
    replaceChildren(
      rejectedNote,
      `${nRejected} rejected. `,
      h("button", { type: "button", class: "link", onclick: () => ((showRejected = !showRejected), render()) }, showRejected ? "Hide rejected" : "Show rejected"),
    );
    doneNote.hidden = nDone === 0;
    replaceChildren(
      doneNote,
      `${nDone} already in the dataset (a relation quotes the sentence). `,
      h("button", { type: "button", class: "link", "aria-label": `${showDone ? "Hide" : "Show"} the ${nDone} suggestion${nDone === 1 ? "" : "s"} already in the dataset`, onclick: () => ((showDone = !showDone), render()) }, showDone ? "Hide them" : "Show them"),
    );
    const open = inFilter.length - nRejected - nDone;
    const counted = countChoices((c) => !gone.has(c.id) && !isDone(c));
    const order = filter.order === "text" ? "in the text's order" : "best first";
    list.setAttribute("aria-label", `Suggested relations, ${order}`);
    const actor = filter.actor === null ? undefined : choices.find((a) => a.id === filter.actor);
    // Hidden weak guesses are counted, so the list never looks shorter than the engine's answer unsaid.
    const hiddenWeak = filter.hideWeak ? counted.weak : 0;
    const hiddenNote = hiddenWeak > 0 ? ` ${hiddenWeak} weak guess${hiddenWeak === 1 ? "" : "es"} hidden.` : "";
    status.textContent =
      candidates.length === 0
        ? "No suggestions: no sentence names two actors with a stance word."
        : actor
          ? `${open} suggestion${open === 1 ? "" : "s"} naming ${actor.label} (of ${counted.all}), ${order}.${hiddenNote}`
          : `${open} suggestion${open === 1 ? "" : "s"}, ${order}.${hiddenNote}`;
  };

  const reject = (c: Candidate) => {
    const li = list.querySelector(`[data-candidate="${CSS.escape(c.id)}"]`);
    if (!source || !li) return;
    // Focus moves to the next suggestion (or the previous), not to the top of the page.
    const neighbour = (li.nextElementSibling ?? li.previousElementSibling)?.querySelector<HTMLButtonElement>("button");
    rejected.add(c.id);
    keepRejected();
    render();
    const again = neighbour?.getAttribute("aria-label");
    (again ? list.querySelector<HTMLButtonElement>(`button[aria-label="${CSS.escape(again)}"]`) : null)?.focus();
    ctx.highlight(null);
    announce(`Rejected: ${candidateTitle(c, ctx.dataset())}.`);
  };

  const restore = (c: Candidate) => {
    if (!source) return;
    rejected.delete(c.id);
    keepRejected();
    // The last one restored: back to the plain list.
    if (rejected.size === 0) showRejected = false;
    render();
    // Focus stays on the suggestion brought back.
    list.querySelector<HTMLButtonElement>(`[data-candidate="${CSS.escape(c.id)}"] button`)?.focus();
    announce(`Restored: ${candidateTitle(c, ctx.dataset())}.`);
  };

  const run = async () => {
    if (!source) return;
    const asked = source;
    status.textContent = "Reading the text…";
    host.setAttribute("aria-busy", "true");
    try {
      const found = await ctx.suggester.suggest(asked.text, ctx.dataset(), { ...(asked.date ? { sourceDate: asked.date } : {}), sourceId: asked.id });
      if (source !== asked) return;
      candidates = found.candidates;
      fillFilters();
      render();
      names.show(found.names);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (message === "superseded" || source !== asked) return;
      candidates = [];
      replaceChildren(list);
      filters.hidden = true;
      names.clear();
      status.textContent = `No suggestions: ${message}`;
    } finally {
      if (source === asked) host.removeAttribute("aria-busy");
    }
  };

  return {
    show(next) {
      host.hidden = false;
      source = next;
      showRejected = false;
      showDone = false;
      // Another source: its own parties, best first again.
      filter = ALL_SUGGESTIONS;
      candidates = [];
      filters.hidden = true;
      replaceChildren(list);
      names.clear();
      // The text goes to the worker first (run posts it before it awaits); the rejections kept for
      // it, which hash the whole text, are read while the engine works.
      const answered = run();
      rejected = rejections.load(ctx.dataset().id, next.id, next.text);
      return answered;
    },
    refresh: run,
    clear() {
      source = null;
      candidates = [];
      filters.hidden = true;
      replaceChildren(list);
      names.clear();
      host.hidden = true;
    },
    destroy() {
      source = null;
      host.replaceChildren();
    },
  };
}
