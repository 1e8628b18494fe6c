namespace EthicsBot.Content.Catalog;

using System.Security.Cryptography;
using System.Text;
using EthicsBot.Content.Loading;

/// <summary>
/// A short, stable name for one state of the content files: "c-" plus the first 8 hex digits of a SHA-256
/// over every file's relative name and bytes, in ordinal name order. Recorded with every answer.
/// </summary>
public static class ContentVersion
{
    /// <summary>The version of the content folder as it is on disk now (missing files are simply left out).</summary>
    public static string Compute(string directory) => Compute(ContentFiles.Read(directory, new ContentDiagnostics()));

    internal static string Compute(IEnumerable<ContentFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(long)];
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // Length prefixes keep "ab"+"c" and "a"+"bc" apart.
            var name = Encoding.UTF8.GetBytes(file.Name);
            WriteLength(hash, length, name.Length);
            hash.AppendData(name);
            WriteLength(hash, length, file.Bytes.Length);
            hash.AppendData(file.Bytes);
        }

        return "c-" + Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 4));
    }

    private static void WriteLength(IncrementalHash hash, Span<byte> buffer, long value)
    {
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(buffer, value);
        hash.AppendData(buffer);
    }
}
