import { splitProps, type JSX } from "solid-js";
import FieldFrame from "./FieldFrame";

/** A labelled textarea with an optional hint and error (the multi-line sibling of Field). */
export default function TextAreaField(props: JSX.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string; error?: string }) {
  const [own, textarea] = splitProps(props, ["label", "hint", "error", "id"]);
  return <FieldFrame id={own.id} label={own.label} hint={own.hint} error={own.error} control={(wiring) => <textarea {...wiring} {...textarea} />} />;
}
