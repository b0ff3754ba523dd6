using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

// POST /account/sub takes {"sub_account":{…}}, PUT /account/sub/{u} takes {"account":{…}}; both answer 204.
// Errors use the legacy body with <FIELD>_MISSING / <FIELD>_INVALID codes, first problem only.
internal static class SubAccountEndpoints
{
    public static EmulatorResponse Create(EmulatorState state, EmulatorRequest request)
    {
        if (!request.Caller.Account.IsMain)
        {
            return Errors.AccountForbidden("Only the main account can create sub-accounts.");
        }

        if (Unwrap(request.Body, "sub_account", out var input) is { } wrapperError)
        {
            return wrapperError;
        }

        foreach (var (name, _) in input)
        {
            if (name is not ("username" or "password" or "labels") && !SubAccountFields.IsProfileField(name))
            {
                return UnknownAttribute(name);
            }
        }

        foreach (var name in SubAccountFields.RequiredOnCreate)
        {
            if (JsonBodies.Present(input, name) is null)
            {
                return Errors.AttributeMissing(name);
            }
        }

        var username = JsonBodies.AsString(input["username"]);
        if (!SubAccountFields.IsValidUsername(username))
        {
            return Errors.AttributeInvalid("username");
        }

        var password = JsonBodies.Present(input, "password");
        if (password is not null && !SubAccountFields.IsValidPassword(JsonBodies.AsString(password)))
        {
            return Errors.AttributeInvalid("password");
        }

        var profile = SubAccountFields.NewProfile(state.Main);
        if (Apply(input, profile, out var labels) is { } fieldError)
        {
            return fieldError;
        }

        if (state.FindAccount(username!) is not null)
        {
            return Errors.Legacy(409, "ACCOUNT_EXISTS", "An account using the given username already exists.");
        }

        var account = new AccountRecord(username!, isMain: false, profile) { Labels = labels ?? [] };
        if (password is not null)
        {
            account.SetPassword(JsonBodies.AsString(password)!);
        }

        state.AddAccount(account);
        return EmulatorResponse.NoContent();
    }

    public static EmulatorResponse Modify(EmulatorState state, EmulatorRequest request)
    {
        if (Find(state, request, out var account) is { } accessError)
        {
            return accessError;
        }

        if (Unwrap(request.Body, "account", out var input) is { } wrapperError)
        {
            return wrapperError;
        }

        // Username and password are not part of the modify request (GO ModifySubaccountRequest).
        foreach (var (name, _) in input)
        {
            if (name != "labels" && !SubAccountFields.IsProfileField(name))
            {
                return UnknownAttribute(name);
            }
        }

        // Validate into a copy so that a rejected request changes nothing.
        var profile = (JsonObject)account!.Profile.DeepClone();
        if (Apply(input, profile, out var labels) is { } fieldError)
        {
            return fieldError;
        }

        foreach (var (name, value) in profile)
        {
            account.Profile[name] = value?.DeepClone();
        }

        account.Labels = labels ?? account.Labels;
        return EmulatorResponse.NoContent();
    }

    public static EmulatorResponse Delete(EmulatorState state, EmulatorRequest request)
    {
        if (Find(state, request, out var account) is { } accessError)
        {
            return accessError;
        }

        state.RemoveAccount(account!);
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse? Find(EmulatorState state, EmulatorRequest request, out AccountRecord? account)
    {
        var username = request.RouteValues[0];
        account = null;
        if (!request.Caller.Account.IsMain)
        {
            return Errors.AccountForbidden("Only the main account can manage sub-accounts.");
        }

        account = state.FindAccount(username);
        if (account is null)
        {
            return Errors.UserNotFound(username);
        }

        return account.IsMain ? Errors.AccountForbidden("The main account is not a sub-account.") : null;
    }

    private static EmulatorResponse? Unwrap(byte[] body, string wrapper, out JsonObject input)
    {
        input = [];
        var json = JsonBodies.ParseObject(body);
        if (json is null)
        {
            return Errors.Legacy(400, "REQUEST_INVALID", "The request body is not a valid JSON object.");
        }

        if (JsonBodies.Present(json, wrapper) is not JsonObject inner)
        {
            return Errors.AttributeMissing(wrapper);
        }

        input = inner;
        return null;
    }

    // Null values count as absent, so optional fields sent as null leave the stored value alone.
    private static EmulatorResponse? Apply(JsonObject input, JsonObject profile, out List<KeyValuePair<string, string>>? labels)
    {
        labels = null;
        foreach (var (name, value) in input)
        {
            if (value is null || name is "username" or "password")
            {
                continue;
            }

            if (name == "labels")
            {
                labels = SubAccountFields.Labels(value);
                if (labels is null)
                {
                    return Errors.AttributeInvalid("labels");
                }

                continue;
            }

            if (SubAccountFields.Normalise(name, value) is not { } normalised)
            {
                return Errors.AttributeInvalid(name);
            }

            profile[name] = normalised;
        }

        return null;
    }

    private static EmulatorResponse UnknownAttribute(string name) =>
        Errors.Legacy(400, "UNKNOWN_ATTRIBUTE", $"The attribute {name} is unknown.");
}
