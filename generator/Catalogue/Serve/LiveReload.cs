using System.Text.Json;
using System.Threading.Channels;
using Catalogue.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Catalogue.Serve;

/// <summary>
/// Tells open preview pages what happened, over server-sent events: "reload" after a rebuild, or
/// "errors" with the content errors to show over the page. A page that opens while the content has
/// errors is told at once.
/// </summary>
internal sealed class LiveReload
{
    public const string EventsPath = "/_catalogue/events";
    public const string ScriptPath = "/_catalogue/live.js";
    public const string ScriptTag = $"<script type=\"module\" src=\"{ScriptPath}\"></script>";

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _errors;
    private IReadOnlyList<Diagnostic> _errorList = [];

    public static string Script { get; } = ReadScript();

    /// <param name="pages">Addresses of the pages that changed (/practices/co-design/); null when any may have.</param>
    public void Reload(IReadOnlyCollection<string>? pages = null)
    {
        lock (_lock) (_errors, _errorList) = (null, []);
        Broadcast($"event: reload\ndata: {JsonSerializer.Serialize(new { pages })}\n\n");
    }

    public void ShowErrors(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var json = JsonSerializer.Serialize(errors.Select(d => new
        {
            file = d.Location.File,
            line = d.Location.Line,
            column = d.Location.Column,
            code = d.Code,
            message = d.Message,
            hint = d.Hint,
        }));
        var message = $"event: errors\ndata: {json}\n\n";
        lock (_lock) (_errors, _errorList) = (message, errors);
        Broadcast(message);
    }

    /// <summary>The content errors now shown, for a page served before any build has succeeded.</summary>
    public IReadOnlyList<Diagnostic> CurrentErrors { get { lock (_lock) return _errorList; } }

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (_errors is not null) channel.Writer.TryWrite(_errors);
        }
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            lock (_lock) _clients.Remove(channel);
        }
    }

    /// <summary>Ends every open event stream so the server can stop without waiting for browsers.</summary>
    public void Close()
    {
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryComplete();
    }

    private void Broadcast(string message)
    {
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    private static string ReadScript()
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("live.js")
            ?? throw new InvalidOperationException("the generator has no embedded live.js");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
