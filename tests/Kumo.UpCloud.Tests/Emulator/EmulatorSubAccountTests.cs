using System.Net;

namespace Kumo.UpCloud.Tests.Emulator;

public sealed class EmulatorSubAccountTests
{
    // Verbatim request bodies from the Go SDK recording createmodifydeletesubaccount.yaml.
    private const string RecordedCreate =
        """{"sub_account":{"username":"sdk_test_subaccount","password":"mysecr3tPassword","first_name":"Test","last_name":"User","company":"UpCloud Ltd","address":"my address","postal_code":"00130","city":"Helsinki","email":"test@myhost.mydomain","phone":"+358.31245434","state":"","country":"FIN","currency":"EUR","language":"en","vat_number":"FI24315605","timezone":"UTC","allow_api":"yes","allow_gui":"no","tag_access":{"tag":[{"name":"sdk_test_tag_sdk_test_subaccount","storage":"yes"}]},"roles":{"role":["billing","aux_billing","technical"]},"server_access":{"server":[{"uuid":"*","storage":"yes"}]},"storage_access":{"storage":["*"]},"network_access":{"network":["*"]},"ip_filters":{"ip_filter":["127.0.0.1"]}}}""";

    private const string RecordedModify =
        """{"account":{"first_name":"User","last_name":"Test","company":"UpCloud","address":"address","postal_code":"00132","city":"New York","email":"test@mydomain.myhost","phone":"+358.31245436","state":"New York","country":"USA","currency":"USD","language":"en","vat_number":"","timezone":"Europe/Helsinki","allow_api":"no","allow_gui":"yes","tag_access":{"tag":[]},"roles":{"role":["billing"]},"server_access":{"server":[]},"storage_access":{"storage":[]},"network_access":{"network":[]},"ip_filters":{"ip_filter":["127.0.0.3"]}}}""";

    private const string SubBasicPassword = "mysecr3tPassword";

    [Fact]
    public async Task Create_details_modify_list_and_delete_like_the_recording()
    {
        await using var session = await EmulatorSession.StartAsync();

        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate));

        var details = await session.GetAsync("1.3/account/details/sdk_test_subaccount", session.Seeded);
        Assert.Equal(Expect.LegacyJson, details.ContentType);
        Expect.Json(
            """
            {"account":{"address":"my address","allow_api":"yes","allow_gui":"no","campaigns":{"campaign":[]},
             "city":"Helsinki","company":"UpCloud Ltd","country":"FIN","currency":"EUR","email":"test@myhost.mydomain",
             "enable_3rd_party_services":"yes","first_name":"Test","ip_filters":{"ip_filter":["127.0.0.1"]},"language":"en",
             "last_name":"User","main_account":"kumo_main","network_access":{"network":["*"]},"phone":"+358.31245434",
             "postal_code":"00130","roles":{"role":["billing","aux_billing","technical"]},
             "server_access":{"server":[{"storage":"yes","uuid":"*"}]},"state":"","storage_access":{"storage":["*"]},
             "tag_access":{"tag":[{"name":"sdk_test_tag_sdk_test_subaccount","storage":"yes"}]},"timezone":"UTC",
             "type":"sub","username":"sdk_test_subaccount","vat_number":"FI24315605"}}
            """,
            details.Json);
        // Keys come in the recorded (alphabetical) order.
        var keys = details.Json["account"]!.AsObject().Select(property => property.Key).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);

        Expect.NoContent(await session.SendAsync(HttpMethod.Put, "1.3/account/sub/sdk_test_subaccount", session.Seeded, RecordedModify));

        var modified = await session.GetAsync("1.3/account/details/sdk_test_subaccount", session.Seeded);
        Expect.Json(
            """
            {"account":{"address":"address","allow_api":"no","allow_gui":"yes","campaigns":{"campaign":[]},
             "city":"New York","company":"UpCloud","country":"USA","currency":"USD","email":"test@mydomain.myhost",
             "enable_3rd_party_services":"yes","first_name":"User","ip_filters":{"ip_filter":["127.0.0.3"]},"language":"en",
             "last_name":"Test","main_account":"kumo_main","network_access":{"network":[]},"phone":"+358.31245436",
             "postal_code":"00132","roles":{"role":["billing"]},"server_access":{"server":[]},"state":"New York",
             "storage_access":{"storage":[]},"tag_access":{"tag":[]},"timezone":"Europe/Helsinki",
             "type":"sub","username":"sdk_test_subaccount","vat_number":""}}
            """,
            modified.Json);

        var list = await session.GetAsync("1.3/account/list", session.Seeded);
        Expect.Json(
            """
            {"accounts":{"account":[
              {"type":"main","username":"kumo_main","roles":{"role":["billing","aux_billing","technical"]},"labels":[]},
              {"type":"sub","username":"sdk_test_subaccount","roles":{"role":["billing"]},"labels":[]}]}}
            """,
            list.Json);

        Expect.NoContent(await session.DeleteAsync("1.3/account/sub/sdk_test_subaccount", session.Seeded));
        Expect.LegacyError(
            await session.GetAsync("1.3/account/details/sdk_test_subaccount", session.Seeded),
            HttpStatusCode.NotFound, "USER_NOT_FOUND", "The user sdk_test_subaccount does not exist.");
    }

    [Fact]
    public async Task Basic_auth_of_a_sub_account_follows_allow_api_and_ip_filters()
    {
        await using var session = await EmulatorSession.StartAsync();
        var basic = EmulatorSession.Basic("sdk_test_subaccount", SubBasicPassword);
        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate));

        var allowed = await session.GetAsync("1.3/account", basic);
        Expect.NoContent(await session.SendAsync(HttpMethod.Put, "1.3/account/sub/sdk_test_subaccount", session.Seeded,
            """{"account":{"ip_filters":{"ip_filter":["10.0.0.0/8"]}}}"""));
        var wrongIp = await session.GetAsync("1.3/account", basic);
        Expect.NoContent(await session.SendAsync(HttpMethod.Put, "1.3/account/sub/sdk_test_subaccount", session.Seeded,
            """{"account":{"allow_api":"no","ip_filters":{"ip_filter":[]}}}"""));
        var apiDisabled = await session.GetAsync("1.3/account", basic);

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("sdk_test_subaccount", (string?)allowed.Json["account"]!["username"]);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongIp.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, apiDisabled.Status);
    }

    [Fact]
    public async Task A_sub_account_sees_only_itself_and_cannot_manage_accounts()
    {
        await using var session = await EmulatorSession.StartAsync();
        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate));
        var sub = EmulatorSession.Basic("sdk_test_subaccount", SubBasicPassword);

        var own = await session.GetAsync("1.3/account/details/sdk_test_subaccount", sub);
        var main = await session.GetAsync("1.3/account/details/kumo_main", sub);
        var list = await session.GetAsync("1.3/account/list", sub);
        var create = await session.SendAsync(HttpMethod.Post, "1.3/account/sub", sub, RecordedCreate.Replace("sdk_test_subaccount\",\"password", "sdk_test_other\",\"password", StringComparison.Ordinal));
        var delete = await session.DeleteAsync("1.3/account/sub/sdk_test_subaccount", sub);

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal("sub", (string?)own.Json["account"]!["type"]);
        Expect.LegacyError(main, HttpStatusCode.Forbidden, "ACCOUNT_FORBIDDEN", "A sub-account can only read its own details.");
        Expect.LegacyError(list, HttpStatusCode.Forbidden, "ACCOUNT_FORBIDDEN", "Account listing is available only to the main account.");
        Expect.LegacyError(create, HttpStatusCode.Forbidden, "ACCOUNT_FORBIDDEN", "Only the main account can create sub-accounts.");
        Expect.LegacyError(delete, HttpStatusCode.Forbidden, "ACCOUNT_FORBIDDEN", "Only the main account can manage sub-accounts.");
    }

    [Fact]
    public async Task Sub_account_tokens_are_separate_and_die_with_the_account()
    {
        await using var session = await EmulatorSession.StartAsync();
        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate));
        var sub = EmulatorSession.Basic("sdk_test_subaccount", SubBasicPassword);
        var token = await session.CreateTokenAsync(sub, """{"name":"sub-token","expires_in":"1h","allowed_ip_ranges":["127.0.0.1"]}""");
        var subBearer = EmulatorSession.Bearer((string)token["token"]!);

        var subList = await session.GetAsync("1.3/account/tokens", subBearer);
        var mainView = await session.GetAsync("1.3/account/tokens/" + token["id"], session.Seeded);
        var whoAmI = await session.GetAsync("1.3/account", subBearer);
        Expect.NoContent(await session.DeleteAsync("1.3/account/sub/sdk_test_subaccount", session.Seeded));
        var afterDelete = await session.GetAsync("1.3/account", subBearer);

        Expect.Json("""["sub-token"]""", EmulatorTokenTests.Names(subList));
        Expect.Problem(mainView, HttpStatusCode.NotFound, "ERROR_NOT_FOUND");
        Assert.Equal("sdk_test_subaccount", (string?)whoAmI.Json["account"]!["username"]);
        Assert.Equal(HttpStatusCode.Unauthorized, afterDelete.Status);
    }

    [Fact]
    public async Task Token_allowed_ip_ranges_default_to_the_account_ip_filters()
    {
        await using var session = await EmulatorSession.StartAsync();
        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate));

        var token = await session.CreateTokenAsync(EmulatorSession.Basic("sdk_test_subaccount", SubBasicPassword), """{"name":"t","expires_in":"1h"}""");

        Expect.Json("""["127.0.0.1"]""", token["allowed_ip_ranges"]!);
    }

    public static TheoryData<string, string, string> InvalidCreates() => new()
    {
        { """{"sub_account":{"email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC"}}""", "USERNAME_MISSING", "The attribute username is missing." },
        { """{"sub_account":{"username":"abc","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC"}}""", "USERNAME_INVALID", "The attribute username has an invalid value." },
        { """{"sub_account":{"username":"valid_user","phone":"+358.1234567","language":"en","timezone":"UTC"}}""", "EMAIL_MISSING", "The attribute email is missing." },
        { """{"sub_account":{"username":"valid_user","email":null,"phone":"+358.1234567","language":"en","timezone":"UTC"}}""", "EMAIL_MISSING", "The attribute email is missing." },
        { """{"sub_account":{"username":"valid_user","email":"nope","phone":"+358.1234567","language":"en","timezone":"UTC"}}""", "EMAIL_INVALID", "The attribute email has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","language":"en","timezone":"UTC"}}""", "PHONE_MISSING", "The attribute phone is missing." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"0401234567","language":"en","timezone":"UTC"}}""", "PHONE_INVALID", "The attribute phone has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","timezone":"UTC"}}""", "LANGUAGE_MISSING", "The attribute language is missing." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"eng","timezone":"UTC"}}""", "LANGUAGE_INVALID", "The attribute language has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en"}}""", "TIMEZONE_MISSING", "The attribute timezone is missing." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"Mars/Olympus_Mons"}}""", "TIMEZONE_INVALID", "The attribute timezone has an invalid value." },
        { """{"sub_account":{"username":"valid_user","password":"short","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC"}}""", "PASSWORD_INVALID", "The attribute password has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC","currency":"JPY"}}""", "CURRENCY_INVALID", "The attribute currency has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC","allow_api":true}}""", "ALLOW_API_INVALID", "The attribute allow_api has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC","roles":{"role":["admin"]}}}""", "ROLES_INVALID", "The attribute roles has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC","ip_filters":{"ip_filter":["2.3.4.0/242"]}}}""", "IP_FILTERS_INVALID", "The attribute ip_filters has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC","labels":[{"key":"env"}]}}""", "LABELS_INVALID", "The attribute labels has an invalid value." },
        { """{"sub_account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC","shoe_size":44}}""", "UNKNOWN_ATTRIBUTE", "The attribute shoe_size is unknown." },
        { """{"account":{"username":"valid_user","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC"}}""", "SUB_ACCOUNT_MISSING", "The attribute sub_account is missing." },
        { """{"sub_account":""", "REQUEST_INVALID", "The request body is not a valid JSON object." },
    };

    [Theory]
    [MemberData(nameof(InvalidCreates))]
    public async Task Invalid_sub_account_creates_answer_400_legacy(string body, string code, string message)
    {
        await using var session = await EmulatorSession.StartAsync();

        var reply = await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, body);

        Expect.LegacyError(reply, HttpStatusCode.BadRequest, code, message);
        Assert.Single((await session.GetAsync("1.3/account/list", session.Seeded)).Json["accounts"]!["account"]!.AsArray());
    }

    [Theory]
    [InlineData("sdk_test_subaccount")]
    [InlineData("SDK_TEST_SUBACCOUNT")]
    [InlineData("kumo_main")]
    public async Task Duplicate_usernames_answer_409_account_exists(string username)
    {
        await using var session = await EmulatorSession.StartAsync();
        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate));

        var reply = await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate.Replace("\"sdk_test_subaccount\",\"password", $"\"{username}\",\"password", StringComparison.Ordinal));

        Expect.LegacyError(reply, HttpStatusCode.Conflict, "ACCOUNT_EXISTS", "An account using the given username already exists.");
    }

    [Fact]
    public async Task Modify_needs_the_account_wrapper_and_rejects_bad_values_without_changing_anything()
    {
        await using var session = await EmulatorSession.StartAsync();
        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded, RecordedCreate));

        var wrongWrapper = await session.SendAsync(HttpMethod.Put, "1.3/account/sub/sdk_test_subaccount", session.Seeded, """{"sub_account":{"city":"Espoo"}}""");
        var badValue = await session.SendAsync(HttpMethod.Put, "1.3/account/sub/sdk_test_subaccount", session.Seeded, """{"account":{"city":"Espoo","timezone":"Nowhere/Else"}}""");
        var username = await session.SendAsync(HttpMethod.Put, "1.3/account/sub/sdk_test_subaccount", session.Seeded, """{"account":{"username":"renamed"}}""");
        var details = await session.GetAsync("1.3/account/details/sdk_test_subaccount", session.Seeded);

        Expect.LegacyError(wrongWrapper, HttpStatusCode.BadRequest, "ACCOUNT_MISSING", "The attribute account is missing.");
        Expect.LegacyError(badValue, HttpStatusCode.BadRequest, "TIMEZONE_INVALID", "The attribute timezone has an invalid value.");
        Expect.LegacyError(username, HttpStatusCode.BadRequest, "UNKNOWN_ATTRIBUTE", "The attribute username is unknown.");
        Assert.Equal("Helsinki", (string?)details.Json["account"]!["city"]);
    }

    [Fact]
    public async Task Modify_and_delete_of_unknown_or_main_accounts_fail()
    {
        await using var session = await EmulatorSession.StartAsync();

        var modifyUnknown = await session.SendAsync(HttpMethod.Put, "1.3/account/sub/ghost_user", session.Seeded, """{"account":{"city":"Espoo"}}""");
        var deleteUnknown = await session.DeleteAsync("1.3/account/sub/ghost_user", session.Seeded);
        var deleteMain = await session.DeleteAsync("1.3/account/sub/kumo_main", session.Seeded);

        Expect.LegacyError(modifyUnknown, HttpStatusCode.NotFound, "USER_NOT_FOUND", "The user ghost_user does not exist.");
        Expect.LegacyError(deleteUnknown, HttpStatusCode.NotFound, "USER_NOT_FOUND", "The user ghost_user does not exist.");
        Expect.LegacyError(deleteMain, HttpStatusCode.Forbidden, "ACCOUNT_FORBIDDEN", "The main account is not a sub-account.");
    }

    [Fact]
    public async Task Null_lists_are_accepted_as_empty_like_the_permissions_recording()
    {
        await using var session = await EmulatorSession.StartAsync();

        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded,
            """{"sub_account":{"username":"sdk_test_permissions_subaccount","password":"mysecr3tPassword","email":"a@b.fi","phone":"+358.1234567","language":"en","timezone":"UTC","tag_access":{"tag":null},"roles":{"role":null},"server_access":{"server":null},"storage_access":{"storage":null},"network_access":{"network":null},"ip_filters":{"ip_filter":null}}}"""));
        var details = await session.GetAsync("1.3/account/details/sdk_test_permissions_subaccount", session.Seeded);

        Expect.Json("""{"role":[]}""", details.Json["account"]!["roles"]!);
        Expect.Json("""{"ip_filter":[]}""", details.Json["account"]!["ip_filters"]!);
    }

    [Theory]
    [InlineData("label=env", """["prod_user","test_user"]""")]
    [InlineData("label=ENV=prod", """["prod_user"]""")]
    [InlineData("label=env=PROD", """[]""")]
    [InlineData("label=env&label=team=kumo", """["test_user"]""")]
    [InlineData("label=missing", """[]""")]
    [InlineData("", """["kumo_main","prod_user","test_user","plain_user"]""")]
    public async Task Account_list_filters_by_labels(string query, string expected)
    {
        await using var session = await EmulatorSession.StartAsync();
        await CreateAsync(session, "prod_user", """[{"key":"env","value":"prod"}]""");
        await CreateAsync(session, "test_user", """[{"key":"Env","value":"test"},{"key":"team","value":"kumo"}]""");
        await CreateAsync(session, "plain_user", "[]");

        var reply = await session.GetAsync("1.3/account/list?" + query, session.Seeded);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var names = reply.Json["accounts"]!["account"]!.AsArray().Select(account => (string)account!["username"]!);
        Expect.Json(expected, new System.Text.Json.Nodes.JsonArray(names.Select(name => (System.Text.Json.Nodes.JsonNode?)name).ToArray()));
    }

    [Fact]
    public async Task Labels_are_listed_with_the_account()
    {
        await using var session = await EmulatorSession.StartAsync();
        await CreateAsync(session, "prod_user", """[{"key":"env","value":"prod"}]""");

        var reply = await session.GetAsync("1.3/account/list?label=env", session.Seeded);

        Expect.Json(
            """{"accounts":{"account":[{"type":"sub","username":"prod_user","roles":{"role":[]},"labels":[{"key":"env","value":"prod"}]}]}}""",
            reply.Json);
    }

    private static async Task CreateAsync(EmulatorSession session, string username, string labels) =>
        Expect.NoContent(await session.SendAsync(HttpMethod.Post, "1.3/account/sub", session.Seeded,
            $$$"""{"sub_account":{"username":"{{{username}}}","email":"{{{username}}}@example.com","phone":"+358.1234567","language":"en","timezone":"UTC","labels":{{{labels}}}}}"""));
}
