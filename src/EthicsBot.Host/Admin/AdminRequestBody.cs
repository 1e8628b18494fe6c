namespace EthicsBot.Host.Admin;

using Microsoft.Extensions.Options;

/// <summary>
/// Reads an admin request body into memory up to Admin:MaxBodyBytes. Admin handlers read bodies through this instead
/// of binding them, because endpoint filters run after binding: a bound body would be read before any limit applies.
/// </summary>
public sealed class AdminRequestBody(IOptions<AdminOptions> options)
{
    /// <summary>The body, or null when it is longer than the limit (answer with <see cref="AdminProblems.TooLarge"/>).</summary>
    public async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var max = MaxBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public long MaxBytes => options.Value.MaxBodyBytes;
}
