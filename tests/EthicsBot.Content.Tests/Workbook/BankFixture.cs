namespace EthicsBot.Content.Tests.Workbook;

using ClosedXML.Excel;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Workbook;

/// <summary>A scratch copy of the shipped content folder and the shipped bank exported to a workbook.</summary>
internal sealed class BankFixture : IDisposable
{
    public BankFixture()
    {
        Copy(RepositoryContent.Directory, Directory);
        using var output = new MemoryStream();
        BankWorkbookWriter.Write(ContentLoader.Load(RepositoryContent.Directory).Catalog!, output);
        Workbook = output.ToArray();
    }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "ethicsbot-bank-" + Guid.NewGuid().ToString("N"));

    /// <summary>The shipped bank as .xlsx bytes.</summary>
    public byte[] Workbook { get; }

    public static void Copy(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The exported workbook with <paramref name="edit"/> applied to its Questions sheet.</summary>
    public byte[] Edited(Action<IXLWorksheet> edit)
    {
        using var book = new XLWorkbook(new MemoryStream(Workbook));
        edit(book.Worksheet("Questions"));
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    public BankImportPlan Plan(byte[] workbook) => BankImporter.Plan(Directory, new MemoryStream(workbook), "bank.xlsx");

    /// <summary>Every file of a folder by relative path, with its bytes.</summary>
    public static Dictionary<string, byte[]> Files(string dir) =>
        System.IO.Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
