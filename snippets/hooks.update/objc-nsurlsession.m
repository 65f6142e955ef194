#import <Foundation/Foundation.h>

int main(int argc, const char *argv[])
{
    @autoreleasepool {
        NSURL *url = [NSURL URLWithString:@"https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID"];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"PATCH";
        [request setValue:@"Bearer MGMT_API_ACCESS_TOKEN" forHTTPHeaderField:@"Authorization"];
        [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
        NSString *json =
            @"{\n"
            @"  \"script\": \"module.exports = function (user, context, cb) {\\n  cb(null, { user: user });\\n};\",\n"
            @"  \"enabled\": true\n"
            @"}";
        request.HTTPBody = [json dataUsingEncoding:NSUTF8StringEncoding];

        NSCondition *finished = [[NSCondition alloc] init];
        __block BOOL done = NO;
        __block int exitCode = 1;
        NSURLSessionDataTask *task = [[NSURLSession sharedSession] dataTaskWithRequest:request
            completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
                if (error != nil) {
                    fprintf(stderr, "Request failed: %s\n", error.localizedDescription.UTF8String);
                } else {
                    NSInteger status = ((NSHTTPURLResponse *)response).statusCode;
                    printf("%ld\n", (long)status);
                    fwrite(data.bytes, 1, data.length, stdout);
                    printf("\n");
                    exitCode = status >= 200 && status < 300 ? 0 : 1;
                }
                [finished lock];
                done = YES;
                [finished signal];
                [finished unlock];
            }];
        [task resume];

        [finished lock];
        while (!done) {
            [finished wait];
        }
        [finished unlock];
        return exitCode;
    }
}
