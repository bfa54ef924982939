import { onMount, type JSX } from "solid-js";

let firstPage = true;

/**
 * A page's h1. It names the browser tab, and after an in-app navigation it takes focus, so a screen reader
 * announces the new page and keyboard users start from its top (the very first page keeps default focus).
 */
export default function PageHeading(props: { children: JSX.Element; title: string }) {
  let heading!: HTMLHeadingElement;
  onMount(() => {
    document.title = `${props.title} · Slotbook`;
    if (firstPage) firstPage = false;
    else heading.focus();
  });
  return (
    <h1 ref={heading} tabIndex={-1}>
      {props.children}
    </h1>
  );
}
