/** An id as the API issues them, in a path or a QR code (idSchema; the check-in page reads one from a scan). */
export const idPattern = /^[A-Za-z0-9_.~-]{1,200}$/;

/** An event's public address, as the API accepts it (slugSchema): the edge routes by it too (web/edge-routing.ts). */
export const slugPattern = /^[a-z0-9-]{1,120}$/;
