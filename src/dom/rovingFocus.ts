/**
 * Arrow keys between the items of a group with one tab stop (a roving tabindex, as WAI-ARIA's
 * toolbar and tab patterns describe): Left/Up and Right/Down move, Home and End go to the ends.
 * One implementation for the timeline's event markers, the chart points and the side tabs.
 */
export interface RovingFocusOptions {
  /** Called after the focus moved to item `index` (e.g. to select a tab). */
  onMove?: (index: number) => void;
  /** Keys that move back and forward; both axes by default. */
  keys?: { back: readonly string[]; forward: readonly string[] };
}

const BOTH_AXES = { back: ["ArrowLeft", "ArrowUp"], forward: ["ArrowRight", "ArrowDown"] };

/** Makes `items()` (read at each key press) one tab stop inside `container`; returns the unbinding. */
export function rovingFocus(container: HTMLElement | SVGElement, items: () => ReadonlyArray<HTMLElement | SVGElement>, options: RovingFocusOptions = {}): () => void {
  const keys = options.keys ?? BOTH_AXES;
  const setTabStop = (i: number) => items().forEach((b, j) => b.setAttribute("tabindex", j === i ? "0" : "-1"));
  const onKey = (e: Event) => {
    const key = (e as KeyboardEvent).key;
    const list = items();
    const i = list.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    let to: number;
    if (keys.back.includes(key)) to = Math.max(0, i - 1);
    else if (keys.forward.includes(key)) to = Math.min(list.length - 1, i + 1);
    else if (key === "Home") to = 0;
    else if (key === "End") to = list.length - 1;
    else return;
    e.preventDefault();
    setTabStop(to);
    (list[to] as HTMLElement).focus();
    options.onMove?.(to);
  };
  const onFocus = (e: Event) => {
    const i = items().indexOf(e.target as HTMLElement);
    if (i >= 0) setTabStop(i);
  };
  container.addEventListener("keydown", onKey);
  container.addEventListener("focusin", onFocus);
  if (items().length > 0 && !items().some((b) => b.getAttribute("tabindex") === "0")) setTabStop(0);
  return () => {
    container.removeEventListener("keydown", onKey);
    container.removeEventListener("focusin", onFocus);
  };
}
