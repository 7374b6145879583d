/**
 * "Skip to the relations table", the page's first Tab stop: it opens the table and moves the
 * focus into it. It is an in-page link, not a view link: following it does not write
 * `#table-panel` into the address (which holds the view, see urlSync.ts), and a hidden table
 * would not take the focus, so the link does its own navigation.
 */
import { announce } from "../dom/dom.ts";
import type { Store } from "../app/store.ts";
import type { Action, ViewState } from "../app/state.ts";
import type { Shell } from "./shell.ts";

export function mountSkipLink(shell: Pick<Shell, "skipLink" | "table">, store: Store<ViewState, Action>): () => void {
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    // The table panel shows synchronously with the state (table.ts), so it can take the focus now.
    if (!store.getState().table) store.dispatch({ type: "setTable", open: true });
    shell.table.focus();
    announce("Relations table opened.");
  };
  shell.skipLink.addEventListener("click", onClick);
  return () => shell.skipLink.removeEventListener("click", onClick);
}
