namespace EthicsBot.Host.Tests.Admin;

using System.Net;
using System.Net.Http.Json;

/// <summary>The /admin page is served from the host's embedded files, locked down with a content security policy.</summary>
public sealed class AdminPageTests
{
    [Fact]
    public async Task Get_Admin_ServesThePageWithoutAKeyAndWithItsSecurityHeaders()
    {
        await using var host = new AdminTestHost();

        var response = await host.Client(null).GetAsync(new Uri("/admin", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"admin-key\"", html, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Get_SectionsJson_ListsEachSectionScriptInOrderAndEachIsServed()
    {
        await using var host = new AdminTestHost();
        var client = host.Client(null);

        var sections = (await client.GetFromJsonAsync<string[]>(new Uri("/admin/sections.json", UriKind.Relative)))!;

        Assert.Contains("/admin/sections/10-content.js", sections);
        Assert.Equal(sections.Order(StringComparer.Ordinal), sections);
        foreach (var script in sections.Append("/admin/admin.js"))
        {
            var response = await client.GetAsync(new Uri(script, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task Get_UnknownFile_Is404()
    {
        await using var host = new AdminTestHost();

        var response = await host.Client(null).GetAsync(new Uri("/admin/../appsettings.json", UriKind.Relative));
        var missing = await host.Client(null).GetAsync(new Uri("/admin/nothing.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
