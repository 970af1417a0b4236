/** Set by the HTTP server from the socket, never from the request, so it cannot be forged. */
export const CLIENT_ADDRESS_HEADER = "x-erp-bridge-client-address";
