using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Kumo.UpCloud.Emulator;

// One account (main or sub). Profile holds the details fields the API returns besides
// username/type/main_account, already in their wire shape ("yes"/"no" strings, {"role":[…]} wrappers).
internal sealed class AccountRecord
{
    private byte[]? passwordHash;

    public AccountRecord(string username, bool isMain, JsonObject profile)
    {
        Username = username;
        IsMain = isMain;
        Profile = profile;
    }

    public string Username { get; }

    public bool IsMain { get; }

    public JsonObject Profile { get; }

    public List<KeyValuePair<string, string>> Labels { get; set; } = [];

    public bool AllowApi => (string?)Profile["allow_api"] == "yes";

    public IReadOnlyList<string> Roles => Strings(Profile["roles"]?["role"]);

    public IReadOnlyList<string> IpFilters => Strings(Profile["ip_filters"]?["ip_filter"]);

    // Only a hash is kept so that a dump of the state never shows the password.
    public void SetPassword(string password) => passwordHash = Hash(password);

    public bool PasswordMatches(string candidate) =>
        passwordHash is not null && CryptographicOperations.FixedTimeEquals(passwordHash, Hash(candidate));

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    private static List<string> Strings(JsonNode? array) =>
        array is JsonArray items ? items.Select(item => (string?)item).OfType<string>().ToList() : [];
}
