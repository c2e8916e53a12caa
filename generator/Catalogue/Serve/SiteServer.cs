using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Catalogue.Serve;

/// <param name="Root">The built site.</param>
/// <param name="Host">The address to listen on; null for loopback (127.0.0.1).</param>
/// <param name="Port">0 picks a free port.</param>
/// <param name="Headers">Response headers as production sends them (netlify.toml), if known.</param>
/// <param name="Live">Live reload for a preview; null serves the site as it is.</param>
internal sealed record SiteServerOptions(string Root, IPAddress? Host = null, int Port = 0, NetlifyHeaders? Headers = null, LiveReload? Live = null);

/// <summary>Raised when the server cannot listen; the message is one sentence for the user.</summary>
internal sealed class SiteServerException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Serves a built site over HTTP, as the host will: folders answer with their index.html, a missing
/// page with 404.html, every response with the production headers. Files are only ever read from
/// inside the site folder. The preview server, the browser tests and the benchmarks all use it.
/// </summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteServerOptions _options;
    private readonly PhysicalFileProvider _files;

    private SiteServer(WebApplication app, SiteServerOptions options, PhysicalFileProvider files) => (_app, _options, _files) = (app, options, files);

    /// <summary>The address the server answers on, without a trailing slash.</summary>
    public string Address { get; private set; } = "";

    public static async Task<SiteServer> StartAsync(SiteServerOptions options, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(options.Root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var host = options.Host ?? IPAddress.Loopback;
        // Exactly this address: a URL with a host name Kestrel cannot read would make it listen on every interface.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(host, options.Port));
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(options.Root));
        var server = new SiteServer(app, options, files);
        server.Configure();
        try
        {
            await app.StartAsync(cancel);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            await app.DisposeAsync();
            throw new SiteServerException($"Cannot listen on {ListenAddress.InUrl(host)}:{options.Port} ({(e.InnerException ?? e).Message.TrimEnd('.')}); choose another port with --port, or an address of this machine with --host.", e);
        }
        server.Address = app.Urls.First().TrimEnd('/');
        return server;
    }

    private void Configure()
    {
        if (_options.Headers is { } headers)
            _app.Use((context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    foreach (var (name, value) in headers.For(context.Request.Path.Value ?? "/"))
                        context.Response.Headers[name] = value;
                    return Task.CompletedTask;
                });
                return next(context);
            });
        if (_options.Live is { } live)
            _app.Use(async (context, next) =>
            {
                switch (context.Request.Path.Value)
                {
                    case LiveReload.EventsPath:
                        await live.StreamAsync(context);
                        break;
                    case LiveReload.ScriptPath:
                        context.Response.ContentType = "text/javascript; charset=utf-8";
                        await context.Response.WriteAsync(LiveReload.Script, context.RequestAborted);
                        break;
                    default:
                        await next(context);
                        break;
                }
            });
        _app.Use(async (context, next) =>
        {
            if (!await TryServePageAsync(context)) await next(context);
        });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = _files, ServeUnknownFileTypes = true });
        _app.Run(ServeNotFoundAsync);
    }

    /// <summary>Pages are served here rather than by the static files middleware so a preview can add its script.</summary>
    private async Task<bool> TryServePageAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return false;
        var path = context.Request.Path.Value ?? "/";
        if (path.EndsWith('/')) path += "index.html";
        else if (!Path.HasExtension(path) && _files.GetFileInfo(path + "/index.html").Exists)
        {
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + "/" + context.Request.QueryString);
            return true;
        }
        if (!path.EndsWith(".html", StringComparison.Ordinal)) return false;
        var file = _files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory) return false;
        await WritePageAsync(context, file, StatusCodes.Status200OK);
        return true;
    }

    private async Task ServeNotFoundAsync(HttpContext context)
    {
        var notFound = _files.GetFileInfo("/404.html");
        if (_options.Live is { CurrentErrors.Count: > 0 } live && !_files.GetFileInfo("/index.html").Exists)
        {
            // No good build yet: show the errors themselves.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(ErrorPage(live), context.RequestAborted);
        }
        else if (notFound.Exists)
            await WritePageAsync(context, notFound, StatusCodes.Status404NotFound);
        else
            context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private async Task WritePageAsync(HttpContext context, IFileInfo file, int status)
    {
        string html;
        using (var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8))
            html = await reader.ReadToEndAsync(context.RequestAborted);
        if (_options.Live is not null)
        {
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = end < 0 ? html + LiveReload.ScriptTag : html.Insert(end, LiveReload.ScriptTag);
            context.Response.Headers.CacheControl = "no-cache";
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static string ErrorPage(LiveReload live)
    {
        var items = string.Concat(live.CurrentErrors.Select(d => $"<li>{WebUtility.HtmlEncode(d.ToString())}</li>"));
        return $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Content errors</title></head>" +
               $"<body><h1>The content has errors, and there is no earlier build to show</h1><ul>{items}</ul>{LiveReload.ScriptTag}</body></html>";
    }

    public async ValueTask DisposeAsync()
    {
        _options.Live?.Close();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _files.Dispose();
    }
}
