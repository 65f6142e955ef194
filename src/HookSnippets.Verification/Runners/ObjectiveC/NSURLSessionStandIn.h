// NSURLSession for GNUstep builds that lack it (Debian's base is built with GS_HAVE_NSURLSESSION 0).
// Force-include this header (clang -include NSURLSessionStandIn.h) and link NSURLSessionStandIn.o and libcurl:
// samples written for Apple's Foundation then compile unchanged and send their request for real.
// Only what request samples use is declared: the shared session, data tasks with a completion handler, resume.
#import <Foundation/Foundation.h>

#if !GS_HAVE_NSURLSESSION

@interface NSURLSessionTask : NSObject
- (void)resume;
@end

// GNUstep's gcc runtime has the fragile ABI: instance variables are declared here, not in the implementation.
@interface NSURLSessionDataTask : NSURLSessionTask
{
  @private
  NSURLRequest *_request;
  void (^_completionHandler)(NSData *data, NSURLResponse *response, NSError *error);
}
@end

@interface NSURLSession : NSObject
+ (NSURLSession *)sharedSession;
- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request
                            completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler;
@end

#endif
