using HookSnippets.Verification.Runners;

namespace HookSnippets.Snippets.Tests.Execution;

public sealed class CSharpHttpClientExecutionTests : ExecutionTests
{
    private protected override string TargetId => "csharp-httpclient";

    private protected override SampleRunner Runner { get; } = new DotnetRunner();

    // EnsureSuccessStatusCode throws after the status and body are printed: .NET ends the process as it does on any unhandled exception.
    private protected override int? HttpErrorExitCode => null;
}

public sealed class JavaHttpClientExecutionTests : ExecutionTests
{
    private protected override string TargetId => "java-httpclient";

    private protected override SampleRunner Runner { get; } = new JavaRunner();
}

public sealed class NodeFetchExecutionTests : ExecutionTests
{
    private protected override string TargetId => "node-fetch";

    private protected override SampleRunner Runner { get; } = new NodeRunner();
}

public sealed class NodeAxiosExecutionTests : ExecutionTests
{
    private protected override string TargetId => "node-axios";

    private protected override SampleRunner Runner { get; } = new NodeRunner();
}

public sealed class ObjectiveCNSURLSessionExecutionTests : ExecutionTests
{
    private protected override string TargetId => "objc-nsurlsession";

    private protected override SampleRunner Runner { get; } = new ObjectiveCRunner();
}

public sealed class PhpCurlExecutionTests : ExecutionTests
{
    private protected override string TargetId => "php-curl";

    private protected override SampleRunner Runner { get; } = new PhpRunner();
}

public sealed class PythonRequestsExecutionTests : ExecutionTests
{
    private protected override string TargetId => "python-requests";

    private protected override SampleRunner Runner { get; } = new PythonRunner();
}

public sealed class PythonHttpClientExecutionTests : ExecutionTests
{
    private protected override string TargetId => "python-httpclient";

    private protected override SampleRunner Runner { get; } = new PythonRunner();
}

public sealed class RubyNetHttpExecutionTests : ExecutionTests
{
    private protected override string TargetId => "ruby-nethttp";

    private protected override SampleRunner Runner { get; } = new RubyRunner();
}
