/**
 * Stands in for @azure/identity in the agent's bundle. tedious loads it (with MSAL and the Azure
 * SDK, ~1 MB of code and ~30 MB of memory) for Azure Active Directory sign-in, which the agent
 * never offers: its ERP URL carries a SQL login. The names are the ones tedious constructs.
 */
class AzureSignInUnsupported {
  constructor() {
    throw new Error("Azure AD sign-in to SQL Server is not supported by the agent: use a SQL login and password");
  }
}

export const ClientSecretCredential = AzureSignInUnsupported;
export const DefaultAzureCredential = AzureSignInUnsupported;
export const ManagedIdentityCredential = AzureSignInUnsupported;
export const UsernamePasswordCredential = AzureSignInUnsupported;
