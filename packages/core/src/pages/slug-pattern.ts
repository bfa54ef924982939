/** An event's public address, as the API accepts it (events/schemas.ts `slugSchema`): the edge routes by it too. */
export const slugPattern = /^[a-z0-9-]{1,120}$/;
