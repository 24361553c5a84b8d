/** Firefox add-on id. Tests use it to pin the extension's moz-extension:// UUID. */
export const GECKO_ID = 'returndesk@returndesk.app';

/**
 * Public key of the `--mode policy-test` Chrome build (wxt.config.ts), which fixes its extension id to
 * POLICY_TEST_CHROME_ID so the policy browser tests can write a policy for it. Test builds only: the store
 * assigns the published extension's id.
 */
export const POLICY_TEST_CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp/+fZwuAOeVgp5DWrcA9J+kn2Hcu2YnmeNQb/pobMiXfWBf1mftHdny/rBJe9nX00kQu160olSkjd8Ubn8Ss966aLKTmy+Nb/YDlkgoZnkJ3INajt8SRpxgH0esvH+WR2GAHQk6pQVuaw5vtfNf7JAdAcPSYx6eCNGa/I0BX2KVVyQTVC+vw+14dYxrV4j8UolA5uHekgvG0vkGP2FZylb8wpA1VQRBaOemJvhNsXN2YEZX0ttbp8rywVOE4SDsrNS4v0iP8Q8VtLBgxVZahD2UxUTGDtNsbO8zLWErQHOonLWtD42jmVwH513Dv1juBIwJOcAdQSxZHNaWuiHXNqQIDAQAB';
/** The id Chrome derives from POLICY_TEST_CHROME_KEY (a unit test checks the derivation). */
export const POLICY_TEST_CHROME_ID = 'obhpkijnkmjlgpkbflcocagdphnpnlfn';
/** Firefox add-on id of the `--mode policy-test` build: a policies.json written by its tests names no other build. */
export const POLICY_TEST_GECKO_ID = 'returndesk-policy-test@returndesk.app';
