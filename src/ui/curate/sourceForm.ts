/**
 * "Add source": an article's text pasted or opened from a .txt, .md or .html file (HTML reduced
 * to the text a reader sees, never rendered; size-limited and strictly decoded by
 * src/io/sourceText.ts), with its title, publisher, date and URL. The text is kept inline in the
 * dataset, so the download carries it.
 *
 * The same form edits a source (its text replaced only when every quote citing it stays in the
 * new text: src/model/edit/sourceEdit.ts), and `deleteSource` says what goes with a source
 * before it goes.
 */
import { h } from "../../dom/dom.ts";
import type { Source } from "../../model/schema.ts";
import { MAX_SOURCE_TEXT_BYTES, pastedSourceText, readSourceFile, siteOfUrl } from "../../io/sourceText.ts";
import { draftIssues } from "../../model/edit/issues.ts";
import { planSourceEdit } from "../../model/edit/sourceEdit.ts";
import { plan } from "../../model/edit/apply.ts";
import type { Changes } from "../../model/edit/commands.ts";
import { suggestId } from "../../model/edit/template.ts";
import { dateInText } from "../../model/textDate.ts";
import { confirmDialog, field, openDialog, showProblems, textInput, type Field } from "./forms.ts";
import { perform, reasons, type CurateContext } from "./context.ts";

/**
 * Opens the source form: a new source, or with `editing`, that source's fields to change (Save: one
 * undo step). `added` runs once it is saved and names what takes the focus (the opener when it
 * names nothing).
 */
export function openSourceForm(ctx: CurateContext, opener: HTMLElement | null, added: (source: Source) => HTMLElement | null, editing?: Source): void {
  const dialog = openDialog(editing ? `Edit source: ${editing.title}` : "Add source", opener, { className: "source-form" });
  // A source whose text is a file beside the dataset has no text here to edit.
  const hasText = !editing || editing.text !== undefined;
  const text = field(
    editing ? "Text" : "Text (paste the article)",
    h("textarea", { rows: 8 }),
    editing ? "Replaced only if every quote that cites this source is still in it, word for word." : "Shown as text only; line ends are normalised.",
  );
  const file = h("input", { type: "file", accept: ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" });
  const fileField = field("…or open a .txt, .md or .html file", file);
  const title = field("Title", textInput({ value: editing?.title ?? "" }));
  const publisher = field("Publisher", textInput({ value: editing?.publisher ?? "" }), "Who published it: a newspaper, agency, site or body; your own name for notes of your own.");
  const date = field("Date (optional, YYYY-MM-DD)", textInput({ placeholder: "YYYY-MM-DD", inputmode: "numeric", value: editing?.date ?? "" }));
  const url = field("URL (optional)", textInput({ type: "url", placeholder: "https://", value: editing?.url ?? "" }));
  // Offered while the field is empty (never filled in unasked): the date an opened page's metadata
  // or the text's dateline gives, and the publisher the page's metadata or the URL's host names.
  const dateOffer = offerFor(date, "date-offer", () => touched.add("date"), () => check());
  const publisherOffer = offerFor(publisher, "publisher-offer", () => touched.add("publisher"), () => check());
  text.control.value = editing?.text ?? "";
  const rest = h("ul", { class: "form-problems", "aria-live": "polite" });
  const fields = new Map<string, Field>([
    ["text", text],
    ["title", title],
    ["publisher", publisher],
    ["date", date],
    ["url", url],
  ]);
  const touched = new Set<string>();

  const draft = (): Source => {
    const taken = new Set(ctx.model.dataset.sources.map((s) => s.id));
    const s: Source = { id: editing?.id ?? suggestId(title.control.value || "source", taken), title: title.control.value.trim(), publisher: publisher.control.value.trim(), text: text.control.value };
    if (editing && !hasText) {
      delete s.text;
      if (editing.file !== undefined) s.file = editing.file;
    }
    if (date.control.value.trim()) s.date = date.control.value.trim();
    if (url.control.value.trim()) s.url = url.control.value.trim();
    return s;
  };
  const check = () => {
    const issues = new Map<string, string[]>();
    const t = pastedSourceText(text.control.value);
    if (hasText && !t.ok) issues.set("text", [t.error.message]);
    const d = hasText ? { ...draft(), text: t.ok ? t.text : text.control.value || "x" } : draft();
    // The source's own fields here; what its quotes would make of a new text is checked on Save.
    for (const [k, v] of draftIssues(ctx.model.dataset, "sources", d, editing ? { replacing: editing.id } : {})) if (k !== "id" && !k.startsWith("(")) issues.set(k, [...(issues.get(k) ?? []), ...v]);
    showProblems(fields, rest, issues, touched);
    return issues;
  };
  /**
   * An opened HTML page's publication date and site from its metadata. Once the text is typed in it
   * is no longer the page as published, and its date is forgotten; the site that published it stays.
   */
  let page: { date?: string; site?: string } | null = null;
  const offer = () => {
    const dateline = hasText && page?.date === undefined ? dateInText(text.control.value) : null;
    dateOffer(
      page?.date !== undefined
        ? { value: page.date, says: `The page's metadata says it was published on ${page.date}.`, what: "the page's publication date" }
        : dateline
          ? { value: dateline.date, says: `The text's dateline says “${dateline.phrase}”.`, what: "the dateline's date" }
          : null,
    );
    const host = siteOfUrl(url.control.value);
    publisherOffer(
      page?.site !== undefined
        ? { value: page.site, says: `The page's metadata names its site “${page.site}”.`, what: "the page's site" }
        : host !== null
          ? { value: host, says: `The URL is on ${host}.`, what: "the URL's site" }
          : null,
    );
  };
  text.control.addEventListener("input", () => (page = page?.site === undefined ? null : { site: page.site }));
  for (const [name, f] of fields) f.control.addEventListener("input", () => (touched.add(name), check(), offer()));

  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    // Refused before it is read: a huge file never reaches memory.
    if (f.size > MAX_SOURCE_TEXT_BYTES) return fileField.problems([`${f.name.slice(0, 80)} is ${f.size.toLocaleString("en")} bytes; the limit is ${MAX_SOURCE_TEXT_BYTES.toLocaleString("en")}.`]);
    const read = readSourceFile(new Uint8Array(await f.arrayBuffer()), f.name);
    if (!read.ok) return fileField.problems([`${read.error.path}: ${read.error.message}`]);
    fileField.problems([]);
    text.control.value = read.text;
    page = { ...(read.published === undefined ? {} : { date: read.published }), ...(read.site === undefined ? {} : { site: read.site }) };
    if (!title.control.value) title.control.value = f.name.replace(/\.[^.]+$/, "");
    touched.add("text");
    check();
    offer();
  });

  const form = h(
    "form",
    { class: "curate-form", novalidate: true },
    ...(hasText ? [text.element, fileField.element] : [h("p", { class: "field-hint" }, `Its text is a file beside the dataset (${editing?.file ?? "not in the browser"}); it is not edited here.`)]),
    title.element,
    publisher.element,
    date.element,
    url.element,
    rest,
    h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool primary" }, editing ? "Save source" : "Add source"), h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    for (const k of fields.keys()) touched.add(k);
    if (check().size > 0) return;
    const t = pastedSourceText(text.control.value);
    if (hasText && !t.ok) return;
    const source: Source = hasText && t.ok ? { ...draft(), text: t.text } : draft();
    if (editing) return saveEdit(source);
    const out = perform(ctx, { kind: "addSource", source });
    if (!out.ok) return rest.replaceChildren(...reasons(out.errors).map((m) => h("li", {}, m)));
    // Closed first (the page is inert while it is open; the focus back on the opener), then the focus goes where `added` says.
    dialog.close();
    added(source)?.focus();
  });
  const saveEdit = (next: Source) => {
    const before = editing!;
    const changes: Changes<Source> = {};
    for (const k of ["title", "publisher", "date", "url", "text"] as const) {
      if (k === "text" && !hasText) continue;
      if ((before[k] ?? "") !== (next[k] ?? "")) changes[k] = next[k] ?? null;
    }
    if (Object.keys(changes).length === 0) return rest.replaceChildren(h("li", {}, "Nothing changed."));
    const edit = planSourceEdit(ctx.model.dataset, before.id, changes);
    if (!edit.ok) {
      const q = edit.broken.quote;
      const message = `The new text no longer contains the quote “${q.length > 80 ? `${q.slice(0, 79)}…` : q}” cited by ${edit.broken.ownerName}: keep those words in the text, or remove that evidence first.`;
      text.problems([message]);
      rest.replaceChildren(h("li", {}, `Not saved. ${message}`));
      return;
    }
    const out = perform(ctx, edit.command);
    if (!out.ok) return rest.replaceChildren(...reasons(out.errors).map((m) => h("li", {}, m)));
    // Closed first (the page is inert while it is open; the focus back on the opener), then the focus goes where `added` says.
    dialog.close();
    added(next)?.focus();
  };
  offer();
  dialog.body.append(form);
  (hasText ? text.control : title.control).focus();
}

/** A value offered for an empty field, with what says where it comes from. */
interface Offer {
  value: string;
  /** The sentence before the button: where the value was found. */
  says: string;
  /** The button's accessible name after the value: "Use 2024-05-03, the dateline's date". */
  what: string;
}

/**
 * A line under `f`'s control that offers a value while the control is empty: its button fills it
 * in, then `taken` and `changed` run (the form's own bookkeeping). Returns the function that shows
 * an offer, or hides the line for null.
 */
function offerFor(f: Field, className: string, taken: () => void, changed: () => void): (found: Offer | null) => void {
  const line = h("p", { class: `field-hint ${className}`, "aria-live": "polite", hidden: true });
  f.element.insertBefore(line, f.control.nextSibling);
  const show = (found: Offer | null) => {
    line.hidden = found === null || f.control.value.trim() !== "";
    if (!found || line.hidden) return line.replaceChildren();
    const use = h("button", { type: "button", class: "tool", "aria-label": `Use ${found.value}, ${found.what}` }, `Use ${found.value}`);
    use.addEventListener("click", () => {
      f.control.value = found.value;
      taken();
      changed();
      show(found);
      f.control.focus();
    });
    line.replaceChildren(`${found.says} `, use);
  };
  return show;
}

/**
 * Deletes a source after saying what goes with it: the evidence that cites it, and the relations
 * and events left with no evidence (the format requires some), which go too. One undo step
 * brings everything back.
 */
export async function deleteSource(ctx: CurateContext, id: string, opener: HTMLElement): Promise<void> {
  const d = ctx.model.dataset;
  const source = d.sources.find((s) => s.id === id);
  if (!source) return;
  const p = plan(d, { kind: "removeSource", id });
  if (p.errors.length > 0) {
    await confirmDialog(opener, "This cannot be done", reasons(p.errors), "OK");
    return;
  }
  let cites = 0;
  for (const owner of [...d.relations, ...d.events]) for (const ev of owner.evidence) if (ev.source === id) cites++;
  const lines = [
    cites === 0 ? "No evidence cites it: nothing else changes." : `${cites} piece${cites === 1 ? "" : "s"} of evidence cite${cites === 1 ? "s" : ""} it and go${cites === 1 ? "es" : ""} with it.`,
    ...p.consequences,
    ...(cites > 0 ? ["A relation or event left with no evidence goes too (each needs at least one). Undo brings everything back."] : []),
  ];
  if (!(await confirmDialog(opener, `Delete source ${source.title.length > 60 ? `${source.title.slice(0, 59)}…` : source.title}?`, lines, "Delete"))) return;
  const out = perform(ctx, p.command);
  if (!out.ok) await confirmDialog(opener, "This edit was refused", reasons(out.errors), "OK");
}
