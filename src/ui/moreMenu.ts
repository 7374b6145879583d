/**
 * "More…": on a narrow screen the graph tools (zoom, fit, full screen, layout, table, copy link,
 * export, open) fold into a menu, so that the toolbar is one row. It is a disclosure of real
 * buttons: "More…" opens it and moves the focus to its first tool; arrow keys move between the
 * tools, Tab moves through them as anywhere else; Escape, a tap outside, "More…" again or the
 * focus leaving it close it, and Escape gives the focus back to "More…". A tool used from it
 * leaves it open (zoom twice, or come back from the Export dialog to the menu), except one that
 * shows a panel of the page (it names it in `aria-controls`: Table, Curate): the menu lies over
 * the lower half of the screen where that panel's sheet opens, so it closes to show it. On a
 * desktop the tools sit in the toolbar's row and "More…" is hidden (styles.css).
 */
import { NARROW_SCREEN, type Shell } from "./shell.ts";

export function mountMoreMenu(shell: Pick<Shell, "toolbar" | "moreButton">): () => void {
  const menu = shell.toolbar;
  const button = shell.moreButton;
  const narrow = matchMedia(NARROW_SCREEN);
  const tools = () => [...menu.querySelectorAll<HTMLElement>("button, select, input:not([hidden])")].filter((el) => el.offsetParent !== null && !(el as HTMLButtonElement).disabled);

  const setOpen = (open: boolean, focus: "first" | "button" | "none" = "none") => {
    menu.classList.toggle("open", open);
    button.setAttribute("aria-expanded", String(open));
    if (focus === "first") tools()[0]?.focus();
    if (focus === "button") button.focus();
  };
  const isOpen = () => menu.classList.contains("open");

  const onButton = () => setOpen(!isOpen(), isOpen() ? "none" : "first");
  const onKey = (e: KeyboardEvent) => {
    if (!isOpen()) return;
    if (e.key === "Escape") {
      // Only the menu closes: not also the selection or a sheet (they listen on the document).
      e.preventDefault();
      e.stopPropagation();
      setOpen(false, "button");
      return;
    }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const list = tools();
    const at = list.indexOf(document.activeElement as HTMLElement);
    // A select uses the arrows itself.
    if (document.activeElement instanceof HTMLSelectElement) return;
    const next = list[(at + (e.key === "ArrowDown" ? 1 : -1) + list.length) % list.length];
    next?.focus();
    e.preventDefault();
  };
  // Closes when the focus moves out of the menu (Tab past its last tool), but not into a dialog
  // one of its tools opened (Export, the file picker's problems): that returns here.
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget;
    if (!isOpen() || !(to instanceof Node) || menu.contains(to) || to === button) return;
    if (to instanceof Element && to.closest("dialog")) return;
    setOpen(false);
  };
  const onPointerDown = (e: PointerEvent) => {
    if (!isOpen() || !(e.target instanceof Node)) return;
    if (menu.contains(e.target) || button.contains(e.target)) return;
    if (e.target instanceof Element && e.target.closest("dialog")) return;
    setOpen(false);
  };
  const onClick = (e: MouseEvent) => {
    if (!isOpen() || !(e.target instanceof Element)) return;
    const tool = e.target.closest("[aria-controls]");
    if (tool === null || !menu.contains(tool)) return;
    const hadFocus = menu.contains(document.activeElement);
    setOpen(false);
    // The tool is hidden with the menu: the focus goes on to the panel it showed, not to the page.
    if (!hadFocus) return;
    const panel = document.getElementById(tool.getAttribute("aria-controls") ?? "");
    if (panel === null || panel.hidden) return button.focus();
    const target = panel.hasAttribute("tabindex") ? panel : panel.querySelector<HTMLElement>("button, [href], input, select, textarea, [tabindex]");
    (target ?? button).focus();
  };
  const onWidth = () => {
    if (!narrow.matches) setOpen(false);
  };

  button.addEventListener("click", onButton);
  menu.addEventListener("keydown", onKey);
  menu.addEventListener("click", onClick);
  menu.addEventListener("focusout", onFocusOut);
  document.addEventListener("pointerdown", onPointerDown, true);
  narrow.addEventListener("change", onWidth);
  return () => {
    button.removeEventListener("click", onButton);
    menu.removeEventListener("keydown", onKey);
    menu.removeEventListener("click", onClick);
    menu.removeEventListener("focusout", onFocusOut);
    document.removeEventListener("pointerdown", onPointerDown, true);
    narrow.removeEventListener("change", onWidth);
    setOpen(false);
  };
}
