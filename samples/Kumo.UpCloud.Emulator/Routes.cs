namespace Kumo.UpCloud.Emulator;

internal static class Routes
{
    public static Router Create() => new Router()
        .Map("GET", "account", AccountEndpoints.Get)
        .Map("GET", "account/list", AccountEndpoints.List)
        .Map("GET", "account/details/{username}", AccountEndpoints.Details)
        .Map("POST", "account/sub", SubAccountEndpoints.Create)
        .Map("PUT", "account/sub/{username}", SubAccountEndpoints.Modify)
        .Map("DELETE", "account/sub/{username}", SubAccountEndpoints.Delete)
        .Map("GET", "account/tokens", TokenEndpoints.List)
        .Map("POST", "account/tokens", TokenEndpoints.Create)
        .Map("GET", "account/tokens/{id}", TokenEndpoints.Get)
        .Map("DELETE", "account/tokens/{id}", TokenEndpoints.Delete);
}
