/** Where the API is: given at build time by the Web stack in AWS, and by packages/local for `npm start`. */
export const apiUrl: string = import.meta.env.VITE_API_URL ?? "";
