using System.Diagnostics;

namespace Catalogue.Tests.Safety;

/// <summary>
/// A file system of a few megabytes (a tmpfs), mounted for one test, to fill up on purpose. Mounting needs
/// root, or passwordless sudo as on GitHub's runners; without either the tests that need it skip, except
/// under CI=true, where they must run.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder) => Folder = folder;

    public string Folder { get; }

    public static string? SkipReason =>
        Environment.GetEnvironmentVariable("CI") == "true" || CanMount.Value ? null
            : "mounting a small tmpfs needs root or passwordless sudo (the full-disk test runs under CI=true)";

    private static readonly Lazy<bool> CanMount = new(() =>
    {
        try
        {
            new SmallDisk.Probe().Dispose();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    });

    public static SmallDisk Mount(int megabytes)
    {
        var folder = Directory.CreateTempSubdirectory("catalogue-small-disk-").FullName;
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder);
        return new SmallDisk(folder);
    }

    /// <summary>Fills the disk until only about <paramref name="leave"/> bytes are free.</summary>
    public void FillLeaving(long leave)
    {
        var free = new DriveInfo(Folder).AvailableFreeSpace;
        using var filler = new FileStream(Path.Combine(Folder, "filler"), FileMode.CreateNew);
        filler.Write(new byte[Math.Max(0, free - leave)]);
    }

    public void Dispose()
    {
        Run("umount", "-l", Folder);
        Directory.Delete(Folder);
    }

    private sealed class Probe : IDisposable
    {
        private readonly SmallDisk _disk = Mount(1);

        public void Dispose() => _disk.Dispose();
    }

    private static void Run(string program, params string[] args)
    {
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? program : "sudo") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (!root) foreach (var arg in new[] { "-n", program }) start.ArgumentList.Add(arg);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {errors.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{program} could not be started: {e.Message}", e);
        }
    }
}

public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute() => Skip = SmallDisk.SkipReason;
}
