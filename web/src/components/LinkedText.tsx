import { For } from "solid-js";
import { splitLinks } from "../lib/links-in-text";

/**
 * A sentence with links in it, written as one text ("See it in <a>My bookings</a>.") so that a translation
 * can put each link where its own words go. The n-th `<a>` links to `hrefs[n]`.
 */
export default function LinkedText(props: { text: string; hrefs: string[] }) {
  return <For each={splitLinks(props.text)}>{(part, index) => (index() % 2 ? <a href={props.hrefs[(index() - 1) / 2]}>{part}</a> : part)}</For>;
}
