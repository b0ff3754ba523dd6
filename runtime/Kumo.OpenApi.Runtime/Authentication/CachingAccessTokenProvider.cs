using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Kumo.OpenApi.Runtime.Authentication;

/// <summary>
/// An <see cref="IAccessTokenProvider"/> that keeps the token a source returns and asks the source again only when
/// the token is about to expire.
/// </summary>
/// <remarks>
/// <para>
/// A token whose <see cref="AccessToken.ExpiresOn"/> is <see langword="null"/> is kept until <see cref="Invalidate"/>
/// is called. A token with an expiry is used as it is until <c>refreshBeforeExpiry</c> before it expires; from then on
/// one background call to the source fetches its successor while callers keep getting the current token, so requests
/// never wait for a refresh the old token can still cover. If that refresh fails, the current token is kept and the
/// refresh is tried again at most every 30 seconds. Once the token has expired (or before the first token),
/// callers wait for a fetch.
/// </para>
/// <para>
/// Single flight: however many requests arrive at once, the source is called once at a time. The source is called
/// without the caller's cancellation token (one caller giving up must not fail the fetch the others wait for);
/// each caller's own cancellation token still stops its wait.
/// </para>
/// <para><see cref="ToString"/> and the debugger display show the expiry of the cached token, never its value.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CachingAccessTokenProvider : IAccessTokenProvider
{
    /// <summary>How long before expiry the token is refreshed when no other value is given: 5 minutes.</summary>
    public static readonly TimeSpan DefaultRefreshBeforeExpiry = TimeSpan.FromMinutes(5);

    /// <summary>The least time between two background refreshes: a failing source is not called for every request.</summary>
    internal static readonly TimeSpan BackgroundRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly DelegateAccessTokenProvider _source;
    private readonly TimeSpan _refreshBeforeExpiry;
    private readonly TimeProvider _time;
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    // net8.0 has no System.Threading.Lock; `lock` on a plain object behaves the same there.
    private readonly object _gate = new();
#endif

    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private AccessToken? _cached;

    private Task<AccessToken>? _fetching;
    private DateTimeOffset _nextBackgroundRefresh = DateTimeOffset.MinValue;

    /// <summary>Creates the provider.</summary>
    /// <param name="getToken">Fetches a new token and its expiry, for example from a secret vault.</param>
    /// <param name="refreshBeforeExpiry">How long before expiry to start fetching the next token; <see cref="DefaultRefreshBeforeExpiry"/> when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="getToken"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="refreshBeforeExpiry"/> is negative.</exception>
    public CachingAccessTokenProvider(
        Func<CancellationToken, ValueTask<AccessToken>> getToken,
        TimeSpan? refreshBeforeExpiry = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(getToken);
        TimeSpan refresh = refreshBeforeExpiry ?? DefaultRefreshBeforeExpiry;
        ArgumentOutOfRangeException.ThrowIfLessThan(refresh, TimeSpan.Zero, nameof(refreshBeforeExpiry));
        _source = new DelegateAccessTokenProvider(getToken);
        _refreshBeforeExpiry = refresh;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Returns the cached token, fetching or refreshing it as described on the class.</summary>
    /// <param name="cancellationToken">Stops waiting for a fetch; the fetch itself goes on for other callers.</param>
    /// <returns>The token and its expiry.</returns>
    /// <exception cref="InvalidOperationException">The source returned a token that cannot be sent in a header.</exception>
    public async ValueTask<AccessToken> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Task<AccessToken> fetching;
        lock (_gate)
        {
            DateTimeOffset now = _time.GetUtcNow();
            if (_cached is { } cached)
            {
                if (cached.ExpiresOn is not { } expiresOn || now < expiresOn - _refreshBeforeExpiry)
                {
                    return cached;
                }

                if (now < expiresOn)
                {
                    // Still valid: refresh in the background and keep serving the current token.
                    if (_fetching is null && now >= _nextBackgroundRefresh)
                    {
                        _nextBackgroundRefresh = now + BackgroundRefreshInterval;
                        _fetching = FetchAsync();
                        ObserveFailure(_fetching);
                    }

                    return cached;
                }
            }

            fetching = _fetching ??= FetchAsync();
        }

        return await fetching.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        (await GetAccessTokenAsync(cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Forgets the cached token, so the next call fetches a new one (for example after the API answered 401).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _cached = null;
        }
    }

    /// <summary>Describes the provider by the expiry of its cached token, never by its value.</summary>
    /// <returns>For example <c>CachingAccessTokenProvider (cached token expires 2026-12-01T00:00:00.0000000+00:00)</c>.</returns>
    public override string ToString()
    {
        AccessToken? cached;
        lock (_gate)
        {
            cached = _cached;
        }

        return cached switch
        {
            null => "CachingAccessTokenProvider (no cached token)",
            { ExpiresOn: { } expires } => "CachingAccessTokenProvider (cached token expires " + expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture) + ")",
            _ => "CachingAccessTokenProvider (cached token without expiry)",
        };
    }

    private static void ObserveFailure(Task task) =>
        // A failed background refresh is retried later; nobody awaits it, so keep its exception from being reported as unobserved.
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private async Task<AccessToken> FetchAsync()
    {
        // Called under the lock: leave it before the source runs, so a source that completes synchronously cannot
        // clear _fetching before the caller has stored this task there.
        await Task.Yield();
        try
        {
            AccessToken token = await _source.GetAccessTokenAsync(CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                _cached = token;
                _fetching = null;
            }

            return token;
        }
        catch
        {
            lock (_gate)
            {
                _fetching = null;
            }

            throw;
        }
    }
}
