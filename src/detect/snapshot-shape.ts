/*
 * What a page hands over: its markup as the browser serialises it (one native call per top-level node,
 * no walk in JavaScript and no wrapper objects in the page), plus what markup does not carry: the live
 * values of text fields. This module is shared by the watcher in the page and the background, so it
 * imports nothing.
 */

/** The most markup a page hands over; a page bigger than this is read from its first part. */
export const MAX_SNAPSHOT_CHARS = 1_500_000;
/** Text fields whose typed value travels with the markup. */
export const MAX_FIELDS = 200;
/** A typed value is cut to what the walk could read of an editor anyway (the editor budget). */
export const MAX_FIELD_CHARS = 6000;
/** The form fields, in document order, whose values the snapshot carries by position. */
export const FIELD_SELECTOR = 'textarea,input';

export interface PageSnapshot {
  html: string;
  /** The live value of each `FIELD_SELECTOR` element by position; '' for fields that are not text. */
  fields: string[];
}

/** A field the walk reads as typed text: textareas and plain text inputs, never passwords and the like. */
export function isTextField(localName: string, type: string | null): boolean {
  return localName === 'textarea' || (localName === 'input' && (type === null || /^(text|)$/i.test(type)));
}
