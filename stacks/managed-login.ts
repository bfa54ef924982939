import { CfnManagedLoginBranding, type IUserPool, type IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { Construct } from "constructs";
import { brand, logoSvg } from "../web/brand/brand";

/** Managed login's colours are hex with an alpha channel and no `#`: `#1d4ed8` → `1d4ed8ff`. */
export const managedLoginColour = (hex: string) => `${hex.replace(/^#/, "").toLowerCase()}ff`;

/**
 * The organiser's sign-in page (Cognito's managed login, version 2) in the app's own name, logo and colours,
 * from the same brand file as the web app and the local sign-in page. Light mode only, like the app.
 */
export function managedLoginBranding(scope: Construct, userPool: IUserPool, client: IUserPoolClient): CfnManagedLoginBranding {
  const colour = (name: keyof typeof brand.colours) => managedLoginColour(brand.colours[name]);
  return new CfnManagedLoginBranding(scope, "ManagedLoginBranding", {
    userPoolId: userPool.userPoolId,
    clientId: client.userPoolClientId,
    useCognitoProvidedValues: false,
    assets: [{ category: "FORM_LOGO", colorMode: "LIGHT", extension: "SVG", bytes: Buffer.from(logoSvg()).toString("base64") }],
    settings: {
      categories: {
        global: { colorSchemeMode: "LIGHT", pageHeader: { enabled: false }, pageFooter: { enabled: false }, spacingDensity: "REGULAR" },
        form: { displayGraphics: true, instructions: { enabled: false }, languageSelector: { enabled: false }, location: { horizontal: "CENTER", vertical: "CENTER" } },
      },
      componentClasses: {
        buttons: { borderRadius: brand.radiusPx },
        input: { borderRadius: brand.radiusPx, lightMode: { defaults: { backgroundColor: colour("paper"), borderColor: colour("line") }, placeholderColor: colour("muted") } },
        focusState: { lightMode: { borderColor: colour("accent") } },
        link: { lightMode: { defaults: { textColor: colour("accent") }, hover: { textColor: colour("accentDark") } } },
        pageText: { lightMode: { headingColor: colour("ink"), bodyColor: colour("ink"), descriptionColor: colour("muted") } },
      },
      components: {
        primaryButton: {
          lightMode: {
            defaults: { backgroundColor: colour("accent"), textColor: colour("paper") },
            hover: { backgroundColor: colour("accentDark"), textColor: colour("paper") },
            active: { backgroundColor: colour("accentDark"), textColor: colour("paper") },
          },
        },
        pageBackground: { lightMode: { color: colour("tint") }, image: { enabled: false } },
        form: { borderRadius: brand.radiusPx, lightMode: { backgroundColor: colour("paper"), borderColor: colour("line") }, logo: { enabled: true, location: "CENTER", position: "TOP", formInclusion: "IN" } },
      },
    },
  });
}
