/**
 * The workspace's "Dataset and versions": the dataset's title, and named versions — saved (the
 * current state kept as a dataset of its own) and restored (as a new workspace; unsaved edits are
 * first kept as a version named "Before restoring …", see WorkspaceStore.restoreVersion).
 */
import { announce, h } from "../../dom/dom.ts";
import type { Dataset } from "../../model/schema.ts";
import type { WorkspaceStore } from "../../app/workspaceStore.ts";
import { field, textInput } from "./forms.ts";
import { perform, type CurateContext } from "./context.ts";

export function createDatasetSection(ctx: CurateContext, workspace: WorkspaceStore, reopen: (dataset: Dataset, name: string) => void, saved: () => void) {
  const { model, edits } = ctx;
  const title = field("Dataset title", textInput({ value: model.dataset.title }));
  const titleForm = h("form", { class: "curate-form inline-form" }, title.element, h("button", { type: "submit", class: "tool" }, "Rename dataset"));
  titleForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = title.control.value.trim();
    if (next === model.dataset.title) return;
    const out = perform(ctx, { kind: "updateDataset", changes: { title: next } });
    title.problems(out.ok ? [] : out.errors.map((x) => x.message));
  });

  const versionName = field("Version name", textInput({ placeholder: "Draft 1" }));
  const versionsList = h("ul", { class: "versions-list", "aria-label": "Named versions" });
  const restore = async (id: string, name: string) => {
    const out = await workspace.restoreVersion(id, { name: workspace.name ?? model.dataset.title, dataset: model.dataset, history: edits.session.history });
    if (!out.ok) return announce(`Could not restore ${name}: ${out.errors.map((x) => x.message).join("; ")}`);
    reopen(out.dataset, workspace.name ?? out.dataset.title);
  };
  const renderVersions = async () => {
    const list = await workspace.listVersions();
    versionsList.replaceChildren(
      ...(list.length === 0
        ? [h("li", { class: "empty" }, "No named versions yet.")]
        : list.map((v) =>
            h(
              "li",
              {},
              `${v.name} — ${v.actors} actors, ${v.relations} relations, ${v.savedAt.slice(0, 16).replace("T", " ")} `,
              h("button", { type: "button", class: "tool", "aria-label": `Restore version ${v.name}`, onclick: () => void restore(v.id, v.name) }, "Restore"),
            ),
          )),
    );
  };
  const versionForm = h("form", { class: "curate-form inline-form" }, versionName.element, h("button", { type: "submit", class: "tool" }, "Save version"));
  versionForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    const name = versionName.control.value.trim() || `Version of ${new Date().toISOString().slice(0, 16).replace("T", " ")}`;
    if (!workspace.active) await workspace.start(model.dataset.title, model.dataset, edits.session.history);
    await workspace.saveVersion(name, model.dataset, edits.session.history);
    versionName.control.value = "";
    announce(`Saved version ${name}.`);
    await renderVersions();
    saved();
  });

  return {
    element: h("div", {}, titleForm, versionForm, versionsList),
    renderVersions,
    refreshTitle: () => void (title.control.value = model.dataset.title),
  };
}
