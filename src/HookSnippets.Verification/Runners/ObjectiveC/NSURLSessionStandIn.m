// See NSURLSessionStandIn.h. The transfer goes through libcurl, as in GNUstep's and swift-corelibs-foundation's own
// NSURLSession: GNUstep's NSURLConnection cannot stand in, because it rejects PATCH ("Invalid HTTP Method") and
// decodes %2F and %3F in the path before it writes the request line. The URL is sent exactly as the NSURL holds it.
// TLS verification stays on; SSL_CERT_FILE, when set, names the CA bundle (as for OpenSSL-based clients).
// Like Apple's session, a task runs off the calling thread and calls its completion handler there, so a sample
// that does not wait for the handler fails here too.
// The handler must be copied off the caller's stack with libBlocksRuntime's Block_copy: GNUstep base's own
// Block_copy (for the gcc runtime) copies only blocks flagged the way gcc's old block ABI flags them and hands clang's
// stack block back unchanged, so the task would call, then release, a block in a frame main has already left (an
// abort, "stack smashing detected", in about 1 run in 25). The runner links libBlocksRuntime first; a stack block that
// comes back uncopied stops the sample with that explanation instead.
// A task's thread outlives its handler (it still frees OpenSSL's thread state), while main returns as soon as the
// handler has signalled: exit would then free OpenSSL under that thread (a rare SIGSEGV under load). So threads are
// joinable and an exit handler, registered after libcurl's global init (exit handlers run last-in first-out), joins
// every thread that has called its handler before OpenSSL's own exit handler runs.
#import "NSURLSessionStandIn.h"

#if !GS_HAVE_NSURLSESSION

#import <Block.h>
#include <pthread.h>
#include <stdlib.h>

// The few libcurl entry points used, declared here because Debian ships libcurl's headers only in a -dev package.
typedef void CURL;
struct curl_slist;
extern int curl_global_init(long flags);
extern CURL *curl_easy_init(void);
extern int curl_easy_setopt(CURL *curl, int option, ...);
extern int curl_easy_perform(CURL *curl);
extern int curl_easy_getinfo(CURL *curl, int info, ...);
extern void curl_easy_cleanup(CURL *curl);
extern struct curl_slist *curl_slist_append(struct curl_slist *list, const char *text);
extern void curl_slist_free_all(struct curl_slist *list);

// The class of a block literal on the stack, declared only in the runtime's private header.
extern void *_NSConcreteStackBlock[32];

enum
{
  StandInOptWriteData = 10001,
  StandInOptUrl = 10002,
  StandInOptErrorBuffer = 10010,
  StandInOptPostFields = 10015,
  StandInOptHttpHeader = 10023,
  StandInOptHeaderData = 10029,
  StandInOptCustomRequest = 10036,
  StandInOptCaInfo = 10065,
  StandInOptWriteFunction = 20011,
  StandInOptHeaderFunction = 20079,
  StandInOptPostFieldSizeLarge = 30120,
  StandInOptNoBody = 44,
  StandInOptHttpVersion = 84,
  StandInOptNoSignal = 99,
  StandInHttpVersion11 = 2,
  StandInInfoResponseCode = 0x200002,
  StandInGlobalAll = 3,
  StandInMaxTasks = 64,
};

@interface NSURLSessionDataTask (StandIn)
- (instancetype)initWithRequest:(NSURLRequest *)request
              completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler;
- (void)run;
@end

static pthread_mutex_t StandInLock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t StandInStarted = PTHREAD_ONCE_INIT;
static pthread_t StandInAnswered[StandInMaxTasks];
static int StandInAnsweredCount = 0;

static void StandInJoinAnswered(void)
{
  pthread_mutex_lock(&StandInLock);
  int count = StandInAnsweredCount;
  StandInAnsweredCount = 0;
  pthread_mutex_unlock(&StandInLock);
  for (int i = 0; i < count; i++)
    {
      if (!pthread_equal(StandInAnswered[i], pthread_self()))
        {
          pthread_join(StandInAnswered[i], NULL);
        }
    }
}

static void StandInStart(void)
{
  curl_global_init(StandInGlobalAll);
  atexit(StandInJoinAnswered);
}

static void StandInMarkAnswered(void)
{
  pthread_mutex_lock(&StandInLock);
  if (StandInAnsweredCount < StandInMaxTasks)
    {
      StandInAnswered[StandInAnsweredCount++] = pthread_self();
    }
  pthread_mutex_unlock(&StandInLock);
}

static void *StandInTaskThread(void *task)
{
  GSRegisterCurrentThread();
  [(NSURLSessionDataTask *)task run];
  [(NSURLSessionDataTask *)task release];
  GSUnregisterCurrentThread();
  return NULL;
}

static size_t StandInAppend(char *bytes, size_t size, size_t count, void *target)
{
  [(NSMutableData *)target appendBytes:bytes length:size * count];
  return size * count;
}

static NSDictionary *StandInHeaderFields(NSData *head)
{
  NSString *text = [[[NSString alloc] initWithData:head encoding:NSISOLatin1StringEncoding] autorelease];
  NSMutableDictionary *fields = [NSMutableDictionary dictionary];
  for (NSString *line in [text componentsSeparatedByString:@"\r\n"])
    {
      NSRange colon = [line rangeOfString:@":"];
      if ([line hasPrefix:@"HTTP/"])
        {
          [fields removeAllObjects];  // An interim response (100 Continue) came first.
        }
      else if (colon.location != NSNotFound)
        {
          NSString *value = [[line substringFromIndex:NSMaxRange(colon)]
            stringByTrimmingCharactersInSet:[NSCharacterSet whitespaceCharacterSet]];
          [fields setObject:value forKey:[line substringToIndex:colon.location]];
        }
    }
  return fields;
}


@implementation NSURLSessionTask
- (void)resume
{
  [self doesNotRecognizeSelector:_cmd];
}
@end

@implementation NSURLSessionDataTask
- (instancetype)initWithRequest:(NSURLRequest *)request
              completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler
{
  if ((self = [super init]) != nil)
    {
      _request = [request copy];
      _completionHandler = Block_copy(completionHandler);
      if (_completionHandler == completionHandler && *(void **)completionHandler == _NSConcreteStackBlock)
        {
          [NSException raise:NSInternalInconsistencyException
                      format:@"Block_copy left the completion handler on the caller's stack: link libBlocksRuntime before GNUstep base"];
        }
    }
  return self;
}

- (void)dealloc
{
  [_request release];
  Block_release(_completionHandler);
  [super dealloc];
}

- (void)resume
{
  pthread_t thread;
  pthread_once(&StandInStarted, StandInStart);
  [self retain];
  if (pthread_create(&thread, NULL, StandInTaskThread, self) != 0)
    {
      [self release];
      [NSException raise:NSInternalInconsistencyException format:@"cannot start the task's thread"];
    }
}

- (void)run
{
  NSAutoreleasePool *pool = [NSAutoreleasePool new];
  NSURL *url = [_request URL];
  NSData *body = [_request HTTPBody];
  NSMutableData *head = [NSMutableData data];
  NSMutableData *data = [NSMutableData data];
  struct curl_slist *headers = NULL;
  char message[256] = "";
  long status = 0;
  const char *bundle = getenv("SSL_CERT_FILE");
  CURL *curl = curl_easy_init();

  curl_easy_setopt(curl, StandInOptUrl, [[url absoluteString] UTF8String]);
  curl_easy_setopt(curl, StandInOptCustomRequest, [[_request HTTPMethod] UTF8String]);
  curl_easy_setopt(curl, StandInOptNoBody, (long)[[_request HTTPMethod] isEqualToString:@"HEAD"]);
  curl_easy_setopt(curl, StandInOptHttpVersion, (long)StandInHttpVersion11);
  curl_easy_setopt(curl, StandInOptNoSignal, 1L);
  curl_easy_setopt(curl, StandInOptErrorBuffer, message);
  if (bundle != NULL)
    {
      curl_easy_setopt(curl, StandInOptCaInfo, bundle);
    }
  for (NSString *name in [_request allHTTPHeaderFields])
    {
      NSString *line = [NSString stringWithFormat:@"%@: %@", name, [_request valueForHTTPHeaderField:name]];
      headers = curl_slist_append(headers, [line UTF8String]);
    }
  // An empty Expect: keeps libcurl from asking for 100-continue, which NSURLSession never does.
  headers = curl_slist_append(headers, "Expect:");
  curl_easy_setopt(curl, StandInOptHttpHeader, headers);
  if (body != nil)
    {
      curl_easy_setopt(curl, StandInOptPostFields, [body bytes]);
      curl_easy_setopt(curl, StandInOptPostFieldSizeLarge, (long long)[body length]);
    }
  curl_easy_setopt(curl, StandInOptWriteFunction, StandInAppend);
  curl_easy_setopt(curl, StandInOptWriteData, data);
  curl_easy_setopt(curl, StandInOptHeaderFunction, StandInAppend);
  curl_easy_setopt(curl, StandInOptHeaderData, head);

  int code = curl_easy_perform(curl);
  curl_easy_getinfo(curl, StandInInfoResponseCode, &status);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);

  StandInMarkAnswered();
  if (code != 0)
    {
      NSDictionary *info = [NSDictionary dictionaryWithObject:[NSString stringWithFormat:@"libcurl error %d: %s", code, message]
                                                       forKey:NSLocalizedDescriptionKey];
      _completionHandler(nil, nil, [NSError errorWithDomain:NSURLErrorDomain code:NSURLErrorCannotConnectToHost userInfo:info]);
    }
  else
    {
      NSHTTPURLResponse *response = [[[NSHTTPURLResponse alloc] initWithURL:url
                                                                 statusCode:status
                                                                HTTPVersion:@"HTTP/1.1"
                                                               headerFields:StandInHeaderFields(head)] autorelease];
      _completionHandler(data, response, nil);
    }
  [pool drain];
}
@end

@implementation NSURLSession
+ (NSURLSession *)sharedSession
{
  static NSURLSession *shared = nil;
  @synchronized(self)
    {
      if (shared == nil)
        {
          shared = [NSURLSession new];
        }
    }
  return shared;
}

- (NSURLSessionDataTask *)dataTaskWithRequest:(NSURLRequest *)request
                            completionHandler:(void (^)(NSData *data, NSURLResponse *response, NSError *error))completionHandler
{
  return [[[NSURLSessionDataTask alloc] initWithRequest:request completionHandler:completionHandler] autorelease];
}
@end

#endif
