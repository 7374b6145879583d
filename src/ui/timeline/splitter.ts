/**
 * A handle that resizes a box's height: a real `separator` (ARIA) that the keyboard moves
 * (arrows 40 px, Page keys 120 px, Home/End to the ends) as well as the pointer (a drag, mouse or
 * touch). It sets a CSS custom property on `target`, which the stylesheet uses as the height, so
 * the layout stays in CSS. Dragging up makes the box taller (it sits above the box).
 */
import { h } from "../../dom/dom.ts";

export interface SplitterOptions {
  /** The element whose `property` is set, e.g. the time bar. */
  target: HTMLElement;
  property: string;
  label: string;
  /** Height bounds in pixels, read at every move (they follow the window). */
  min: () => number;
  max: () => number;
  /** The height now (the stylesheet's default until the user moves it). */
  current: () => number;
}

const STEP = 40;
const PAGE = 120;

export function createSplitter(o: SplitterOptions): HTMLElement {
  const handle = h("div", { class: "splitter", role: "separator", tabindex: 0, "aria-orientation": "horizontal", "aria-label": o.label, title: `${o.label} (drag, or arrow keys)` });
  const set = (px: number) => {
    const height = Math.round(Math.min(o.max(), Math.max(o.min(), px)));
    o.target.style.setProperty(o.property, `${height}px`);
    sync(height);
  };
  const sync = (height = o.current()) => {
    handle.setAttribute("aria-valuemin", String(Math.round(o.min())));
    handle.setAttribute("aria-valuemax", String(Math.round(o.max())));
    handle.setAttribute("aria-valuenow", String(Math.round(height)));
    handle.setAttribute("aria-valuetext", `${Math.round(height)} pixels tall`);
  };
  handle.addEventListener("keydown", (e) => {
    const now = o.current();
    const moves: Record<string, number> = { ArrowUp: now + STEP, ArrowDown: now - STEP, PageUp: now + PAGE, PageDown: now - PAGE, Home: o.min(), End: o.max() };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    set(next);
  });
  handle.addEventListener("pointerdown", (e) => {
    const startY = e.clientY;
    const start = o.current();
    handle.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => set(start + (startY - m.clientY));
    const up = () => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
      handle.removeEventListener("pointercancel", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
    handle.addEventListener("pointercancel", up);
    e.preventDefault();
  });
  handle.addEventListener("focus", () => sync());
  // A separator that takes focus must say where it is from the start (aria-valuenow), and the box
  // also changes height with the window: the values follow the box's size.
  new ResizeObserver(() => sync()).observe(o.target);
  return handle;
}
