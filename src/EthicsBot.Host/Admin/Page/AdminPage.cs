namespace EthicsBot.Host.Admin.Page;

using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

/// <summary>
/// Serves the admin page at /admin from files embedded in the host (Admin/Page/*), so it needs no build step and no
/// web root. The page is static and public; every number on it comes from /api/admin with the key the admin types
/// in. A feature adds a section by adding Admin/Page/sections/NN-name.js; /admin/sections.json lists them in order.
/// </summary>
internal static class AdminPage
{
    private const string Prefix = "adminpage/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var assembly = typeof(AdminPage).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..], StringComparer.Ordinal);
        string[] sections = [.. files.Keys.Where(f => f.StartsWith("sections/", StringComparison.Ordinal) && f.EndsWith(".js", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

        endpoints.MapGet("/admin", (HttpContext http) => Serve(http, assembly, files["index.html"], "index.html"));
        endpoints.MapGet("/admin/sections.json", (HttpContext http) =>
        {
            Secure(http);
            return Results.Ok(sections.Select(s => "/admin/" + s));
        });
        endpoints.MapGet("/admin/{**path}", (string path, HttpContext http) =>
            files.TryGetValue(path, out var resource) ? Serve(http, assembly, resource, path) : Results.NotFound());
    }

    private static IResult Serve(HttpContext http, Assembly assembly, string resource, string path)
    {
        Secure(http);
        var contentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
        {
            contentType += "; charset=utf-8";
        }

        return Results.Stream(assembly.GetManifestResourceStream(resource)!, contentType);
    }

    // The page only talks to its own origin and runs only its own scripts, so a stored question text can never run
    // as code in an admin's browser; it may not be framed (clickjacking), and the key never goes into a cache.
    private static void Secure(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }
}
