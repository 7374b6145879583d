/**
 * "Add source": an article's text pasted or opened from a .txt, .md or .html file (HTML reduced
 * to the text a reader sees, never rendered; size-limited and strictly decoded by
 * src/io/sourceText.ts), with its title, publisher, date and URL. The text is kept inline in the
 * dataset, so the download carries it.
 */
import { h } from "../../dom/dom.ts";
import type { Source } from "../../model/schema.ts";
import { MAX_SOURCE_TEXT_BYTES, pastedSourceText, readSourceFile } from "../../io/sourceText.ts";
import { draftIssues } from "../../model/edit/issues.ts";
import { suggestId } from "../../model/edit/template.ts";
import { field, openDialog, showProblems, textInput, type Field } from "./forms.ts";
import { perform, reasons, type CurateContext } from "./context.ts";

export function openSourceForm(ctx: CurateContext, opener: HTMLElement | null, added: (source: Source) => void): void {
  const dialog = openDialog("Add source", opener, { className: "source-form" });
  const text = field("Text (paste the article)", h("textarea", { rows: 8 }), "Shown as text only; line ends are normalised.");
  const file = h("input", { type: "file", accept: ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" });
  const fileField = field("…or open a .txt, .md or .html file", file);
  const title = field("Title", textInput());
  const publisher = field("Publisher", textInput());
  const date = field("Date (optional, YYYY-MM-DD)", textInput({ placeholder: "2024-04-18", inputmode: "numeric" }));
  const url = field("URL (optional)", textInput({ type: "url", placeholder: "https://" }));
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
    const s: Source = { id: suggestId(title.control.value || "source", taken), title: title.control.value.trim(), publisher: publisher.control.value.trim(), text: text.control.value };
    if (date.control.value.trim()) s.date = date.control.value.trim();
    if (url.control.value.trim()) s.url = url.control.value.trim();
    return s;
  };
  const check = () => {
    const issues = new Map<string, string[]>();
    const t = pastedSourceText(text.control.value);
    if (!t.ok) issues.set("text", [t.error.message]);
    for (const [k, v] of draftIssues(ctx.model.dataset, "sources", { ...draft(), text: t.ok ? t.text : text.control.value || "x" })) if (k !== "id") issues.set(k, [...(issues.get(k) ?? []), ...v]);
    showProblems(fields, rest, issues, touched);
    return issues;
  };
  for (const [name, f] of fields) f.control.addEventListener("input", () => (touched.add(name), check()));

  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    // Refused before it is read: a huge file never reaches memory.
    if (f.size > MAX_SOURCE_TEXT_BYTES) return fileField.problems([`${f.name.slice(0, 80)} is ${f.size.toLocaleString("en")} bytes; the limit is ${MAX_SOURCE_TEXT_BYTES.toLocaleString("en")}.`]);
    const read = readSourceFile(new Uint8Array(await f.arrayBuffer()), f.name);
    if (!read.ok) return fileField.problems([`${read.error.path}: ${read.error.message}`]);
    fileField.problems([]);
    text.control.value = read.text;
    if (!title.control.value) title.control.value = f.name.replace(/\.[^.]+$/, "");
    touched.add("text");
    check();
  });

  const form = h(
    "form",
    { class: "curate-form", novalidate: true },
    text.element,
    fileField.element,
    title.element,
    publisher.element,
    date.element,
    url.element,
    rest,
    h("div", { class: "curate-actions" }, h("button", { type: "submit", class: "tool primary" }, "Add source"), h("button", { type: "button", class: "tool", onclick: () => dialog.close() }, "Cancel")),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    for (const k of fields.keys()) touched.add(k);
    if (check().size > 0) return;
    const t = pastedSourceText(text.control.value);
    if (!t.ok) return;
    const source = { ...draft(), text: t.text };
    const out = perform(ctx, { kind: "addSource", source });
    if (!out.ok) return rest.replaceChildren(...reasons(out.errors).map((m) => h("li", {}, m)));
    dialog.close();
    added(source);
  });
  dialog.body.append(form);
  text.control.focus();
}
