using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>Supplies the API token that <see cref="BearerTokenHandler"/> sends as <c>Authorization: Bearer …</c>.</summary>
/// <remarks>
/// Called once for every request that goes to the API's origin, so an implementation can rotate or refresh tokens;
/// cache inside the implementation when obtaining a token is expensive. Implementations must never put a token into
/// <see cref="object.ToString"/> or into exception messages.
/// </remarks>
public interface IAccessTokenProvider
{
    /// <summary>Gets the token to send with the next request.</summary>
    /// <param name="cancellationToken">Cancels getting the token.</param>
    /// <returns>The token, without the <c>Bearer </c> prefix.</returns>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
