var w,Le,Mt,H,pe,te,Fe,Z,ze,_e,fe,Ot,G=Symbol.for("pv"),re={},ne=[],Ht=/^m(i|n|o|s|text|space)$/,me=Array.isArray,oe=ne.slice,L=Object.assign;function W(e){e&&e.parentNode&&e.remove()}function je(e,t,r){var o,a,n,s={},i=arguments.length;for(n in t)n=="key"?o=t[n]:n=="ref"&&typeof e!="function"?a=t[n]:s[n]=t[n];return i>2&&(s.children=i>3?oe.call(arguments,2):r),q(e,s,o,a,null)}function We(e,t,r){var o,a,n,s=L({},e.props),i=arguments.length;for(n in t)n=="key"?o=t[n]:n=="ref"&&typeof e.type!="function"?a=t[n]:s[n]=t[n];return i>2&&(s.children=i>3?oe.call(arguments,2):r),q(e.type,s,o!==void 0?o:e.key,a!==void 0?a:e.ref,null)}function q(e,t,r,o,a){var n={type:e,props:t,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:G,__v:a||++Le,__i:-1,__u:0};return!a&&w.vnode&&w.vnode(n),n}function ae(e){return e.children}function Q(e,t){this.props=e,this.context=t,this.__g=0}function F(e,t){if(t==null)return e.__&&F(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:F(e)}function Lt(e){var t,r=e.__v,o=r.__e,a=[],n=[],s=e.__P;s&&((t=L({constructor:G},r)).__v=r.__v+1,w.vnode&&w.vnode(t),he(s,t,r,e.__n,s.namespaceURI,32&r.__u?[o]:null,a,o||F(r),32&r.__u,n),t.__v=r.__v,t.__.__k[t.__i]=t,Je(a,t,n),r.__=r.__e=null,t.__e!=o&&Be(t))}function Be(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Be(e)}function Oe(e){(8&e.__g||(e.__g|=8,H.push(e),te++))&&pe==w.debounceRendering||((pe=w.debounceRendering)||queueMicrotask)(qe)}function qe(){try{for(var e,t=1;H.length;)H.length>t&&H.sort(Fe),e=H.shift(),t=H.length,8&e.__g&&Lt(e)}finally{(te=H.length)&&(pe||queueMicrotask)(qe)}}function Ke(e,t,r,o,a,n,s,i,u,p,c){var _,f,l,m,y,g,$=o.__k||ne,v=t.length;for(u=Ft(r,t,$,u,v),_=0;_<v;_++)(l=r.__k[_])!=null&&(f=~l.__i&&$[l.__i]||re,l.__i=_,g=he(e,l,f,a,n,s,i,u,p,c),m=l.__e,(f.ref!=l.ref||8&f.__u)&&(f.ref&&ge(f.ref,null,l,f),l.ref&&c.push(l.ref,l.__c||m,l)),y=y||m,4&l.__u?(u=Ge(l,u,e,!f.__v),f.__e&&(f.__e=null)):typeof l.type=="function"&&g!==void 0?u=g:m&&(u=m.nextSibling),l.__u&=-21);return r.__e=y,u}function Ft(e,t,r,o,a){var n,s,i,u,p,c,_,f,l,m=r.length,y=m,g=0,$=0,v=e.__k=Array(a);for(n=0;n<a;n++)(s=t[n])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=v[n]=q(null,s):me(s)?s=v[n]=q(ae,{children:s}):s.constructor===G&&s.__b?s=v[n]=q(s.type,s.props,s.key,s.ref,s.__v):v[n]=s,u=n+g,s.__=e,s.__b=e.__b+1,i=null,~(p=s.__i=zt(s,r,u,y))&&(y--,(i=r[p])&&(i.__u|=2)),i&&i.__v?(s.__u|=16,p==u-1?g--:p==u+1?g++:p!=u&&(p>u?g--:g++,$=1)):(~p||(a>m?g--:a<m&&g++),typeof s.type!="function"&&(s.__u|=4))):v[n]=null;if($){for(c=[],_=[],n=0;n<a;n++)if((s=v[n])&&16&s.__u){for(g=0,f=c.length;g<f;)c[l=g+f>>1]<s.__i?g=l+1:f=l;c[g]=s.__i,_[n]=g+1}for(g=c.length;n--;)_[n]&&(_[n]==g?g--:v[n].__u|=4)}if(y)for(n=0;n<m;n++)!(i=r[n])||2&i.__u||(i.__e==o&&(o=F(i)),be(i,i));return o}function Ge(e,t,r,o){var a,n,s,i;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(n=0;n<a.length;n++)a[n]&&(a[n].__=e,t=Ge(a[n],t,r,!1));return t}for(t&&!t.parentNode&&(t=F(e))&&!t.parentNode&&(t=null),s=e.__e,i=t;i&&i.nodeType==8;)i=i.nextSibling;for(s!=i&&(!o&&r.moveBefore&&s.parentNode?r.moveBefore(s,t):r.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function zt(e,t,r,o){var a,n=e.key,s=e.type,i=t[r],u=i&&!(2&i.__u);if(i===null&&n==null||u&&n==i.key&&s==i.type)return r;if(o>(u?1:0)){for(a=r-1;a>=0;a--)if((i=t[a])&&!(2&i.__u)&&n==i.key&&s==i.type)return a;for(a=r+1;a<t.length;a++)if((i=t[a])&&!(2&i.__u)&&n==i.key&&s==i.type)return a}return-1}function He(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function X(e,t,r,o,a){var n,s;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)r&&t in r||He(e.style,t);if(r)for(t in r)o&&r[t]==o[t]||He(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[t]=r,r&&o||(s=fe[t]||(fe[t]=jt(t)),(e.__a||(e.__a={}))[t]=_e,n=t!=(t=t.replace(ze,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,s,n):e.removeEventListener(t,s,n));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function jt(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[Z]==null)t[Z]=_e++;else if(t[Z]<this.__a[e])return;return r(w.event?w.event(t):t)}}}function he(e,t,r,o,a,n,s,i,u,p){var c,_,f,l,m,y,g,$,v,S,k,z,h,x,P,B,O,j,U=t.type;if(t.constructor!==G)return null;128&r.__u&&(u=32&r.__u,c=r.__c.__z)&&(t.__u|=u,_=n=[],c.nodeType==8?i=ee(c,n):n.push(c),i=n[0]||i),(c=w.__b)&&c(t);e:if(typeof U=="function"){f=s.length;try{if($=t.props,v=(c=U.prototype)&&c.render,S=(c=U.contextType)&&o[c.__c],k=c?S?S.props.value:c.__:o,(l=r.__c)?(t.__c=l,2&l.__g&&(l.__g|=1)):(v?t.__c=l=new U($,k):(t.__c=l=new Q($,k),l.constructor=U,l.render=Bt),S&&S.sub(l),l.state||(l.state={}),l.__n=o,l.__g|=8,l.__h=[],l.__k=[]),v&&(l.__s||(l.__s=l.state),U.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=L({},l.__s)),L(l.__s,U.getDerivedStateFromProps($,l.__s)))),m=l.props,y=l.state,l.__v=t,r.__c){if($!==m&&v&&!U.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps($,k),t.__v==r.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate($,l.__s,k)===!1){t.__v!=r.__v&&(l.props=$,l.state=l.__s,l.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(R){R&&(R.__=t)}),ne.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&s.push(l),i=F(r);break e}l.componentWillUpdate&&l.componentWillUpdate($,l.__s,k),v&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(m,y,g)})}else v&&!U.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),v&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=k,l.props=$,l.__P=e,l.__g&=-5,z=w.__r,h=v?25:0;do l.__g&=-9,z&&z(t),c=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++h<25);v&&(ne.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(o=L({},o,l.getChildContext())),v&&r.__c&&l.getSnapshotBeforeUpdate&&(g=l.getSnapshotBeforeUpdate(m,y)),x=c&&c.type===ae&&c.key==null?c.props.children:c,$.__P&&(c=i,a=(e=$.__P).namespaceURI,u=n=null,r.props&&r.props.__P!=e&&(r.__k.some(function(R){R&&be(R,R)}),r.__k=null),i=r.__k?F(r,0):null),i=Ke(e,me(x)?x:[x],t,r,o,a,n,s,i,u,p),$.__P&&(t.__e=null,i=c),t.__u&=-161,_&&_.some(W),l.__h.length&&s.push(l),1&l.__g&&(l.__g&=-4)}catch(R){if(s.length=f,t.__v=null,u||n)if(R&&R.then){if(t.__u|=128|u,n){for(~(O=n.indexOf(i||void 0))||(O=n.length);(j=n[O-1])&&j.nodeType==8;)O--;for(;O<n.length;O++)if(j=n[O])if(n[O]=null,P){if(j==B)break}else{if(j.nodeType!=8)break;j.data.startsWith("$s")&&(B=ee(P=j))}}if(!P){for(;i&&i.nodeType==8&&i.nextSibling;)i=i.nextSibling;P=i}(c=ee(P=t.__c.__z||(t.__c.__z=P)))?(t.__e=P,i=c):t.__e=i,i=i&&i.nextSibling}else n&&n.some(W);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),R&&R.then||Ve(t),w.__e(R,t,r)}}else i=t.__e=Wt(r.__e,t,r,o,a,n,s,u,p,e);return(c=w.diffed)&&c(t),i}function ee(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Ve(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Ve))}function Je(e,t,r){for(var o=0;o<r.length;)ge(r[o++],r[o++],r[o++]);w.__c&&w.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(n){n.call(a)})}catch(n){w.__e(n,a.__v)}})}function Wt(e,t,r,o,a,n,s,i,u,p){var c,_,f,l,m,y,g,$,v=r.props||re,S=t.props,k=t.type;if(k=="svg"?a="http://www.w3.org/2000/svg":k=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),n){for(c=0;c<n.length;c++)if((m=n[c])&&(k?m.localName==k:m.nodeType==3)){e=m,n[c]=null;break}}if(!e){if($=p.ownerDocument||document,!k)return $.createTextNode(S);e=$.createElementNS(a,k,S.is?S:p),i&&(w.__m&&w.__m(t,n),i=!1),n=null}if(k){if(p=k=="template"&&e.content||e,n=k=="textarea"&&S.defaultValue!=null?null:n&&oe.call(p.childNodes),!i&&n)for(v={},c=0;c<e.attributes.length;c++)v[(m=e.attributes[c]).name]=m.value;for(c in v)m=v[c],c=="dangerouslySetInnerHTML"?f=m:c=="children"||c in S||c=="value"&&"defaultValue"in S||c=="checked"&&"defaultChecked"in S||X(e,c,null,m,a);for(c in S)m=S[c],c=="children"?l=m:c=="dangerouslySetInnerHTML"?_=m:c=="value"?y=m:c=="checked"?g=m:i&&typeof m!="function"||v[c]===m||X(e,c,m,v[c],a);_?(i||f&&(_.__html==f.__html||_.__html==e.innerHTML)||(e.innerHTML=_.__html),t.__k=[]):(f&&(e.textContent=""),(k=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Ht.test(k))&&(a="http://www.w3.org/1999/xhtml"),Ke(p,me(l)?l:[l],t,r,o,a,n,s,n?n[0]:r.__k&&F(r,0),i,u),n&&n.some(W)),i&&k!="textarea"||(c="value",k=="progress"&&y==null?e.removeAttribute(c):y==null||y===e[c]&&(k!="progress"||y)||X(e,c,y,v[c],a),c="checked",g!=null&&g!=e[c]&&X(e,c,g,v[c],a))}else v===S||i&&e.data==S||(e.data=S);return e}function ge(e,t,r,o){try{typeof e=="function"?t?t.__x=e(t)||1:o&&(o=o.__c||o.__e)&&(t=o.__x)&&(o.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){w.__e(a,r)}}function be(e,t,r){var o,a,n,s;if(w.unmount&&w.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||ge(o,null,t,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(i){w.__e(i,t)}o.__P=o.__n=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&be(o[s],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(a=ee(o,n=[]))&&(o==e.__e&&n.some(W),W(a),W(o)),r||W(e.__e),e.__e=e.__c=e.__=null}function Bt(e,t,r){return this.constructor(e,r)}function Ye(e,t){var r,o,a,n;w.__&&w.__(e,t),t.nodeType==9&&(t=t.documentElement),o=(r=e&&32&e.__u)?null:t.__k,t.__k=q(ae,{children:[e]}),a=[],n=[],he(t,t.__k,o||re,re,t.namespaceURI,o?null:t.firstChild?oe.call(t.childNodes):null,a,o?o.__e:t.firstChild,r,n),Je(a,t.__k,n),t.__k.props.children=null}w={__e:function(e,t,r,o){for(var a,n,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(n=a.constructor)&&n.getDerivedStateFromError)&&a.setState(n.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,o||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(i){e=i}}throw te=0,e}},Le=0,Mt=function(e){return e!=null&&e.constructor===G},Q.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=L({},this.state)),typeof e=="function"&&(e=e(L({},r),this.props)),e&&(L(r,e),this.__v&&(t&&this.__k.push(t),Oe(this)))},Q.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Oe(this))},Q.prototype.render=ae,H=[],te=0,Fe=function(e,t){return e.__v.__b-t.__v.__b},Z=Symbol(),ze=/(PointerCapture)$|Capture$/i,_e=0,fe={},Ot=0;var Ze=function(e,t,r,o){var a;t[0]=0;for(var n=1;n<t.length;n++){var s=t[n++],i=t[n]?(t[0]|=s?1:2,r[t[n++]]):t[++n];s===3?o[0]=i:s===4?o[1]=Object.assign(o[1]||{},i):s===5?(o[1]=o[1]||{})[t[++n]]=i:s===6?o[1][t[++n]]+=i+"":s?(a=e.apply(i,Ze(e,i,r,["",null])),o.push(a),i[0]?t[0]|=2:(t[n-2]=0,t[n]=a)):o.push(i)}return o},Xe=new Map;function Qe(e){var t=Xe.get(this);return t||(t=new Map,Xe.set(this,t)),(t=Ze(this,t.get(e)||(t.set(e,t=(function(r){for(var o,a,n=1,s="",i="",u=[0],p=function(f){n===1&&(f||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,f,s):n===3&&(f||s)?(u.push(3,f,s),n=2):n===2&&s==="..."&&f?u.push(4,f,0):n===2&&s&&!f?u.push(5,0,!0,s):n>=5&&((s||!f&&n===5)&&(u.push(n,0,s,a),n=6),f&&(u.push(n,f,0,a),n=6)),s=""},c=0;c<r.length;c++){c&&(n===1&&p(),p(c));for(var _=0;_<r[c].length;_++)o=r[c][_],n===1?o==="<"?(p(),u=[u],n=3):s+=o:n===4?s==="--"&&o===">"?(n=1,s=""):s=o+s[0]:i?o===i?i="":s+=o:o==='"'||o==="'"?i=o:o===">"?(p(),n=1):n&&(o==="="?(n=5,a=s,s=""):o==="/"&&(n<5||r[c][_+1]===">")?(p(),n===3&&(u=u[0]),n=u,(u=u[0]).push(2,0,n),n=0):o===" "||o==="	"||o===`
`||o==="\r"?(p(),n=2):s+=o),n===3&&s==="!--"&&(n=4,u=u[0])}return p(),u})(e)),t),arguments,[])).length>1?t:t[0]}var d=Qe.bind(je);var K,T,ve,et,ye=Object.is,J=0,ct=[],$e=[],C=w,tt=C.__b,rt=C.__r,nt=C.diffed,ot=C.__c,at=C.unmount,st=C.__;function se(e,t){C.__h&&C.__h(T,e,J||t),J=0;var r=T.__H||(T.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function b(e){return J=1,qt(ft,e)}function qt(e,t,r){var o=se(K++,2);if(o.t=e,!o.__c&&(o.__=[r?r(t):ft(void 0,t),function(n){var s=(o.__N||o.__)[0],i=o.t(s,n);ye(s,i)||(o.__N=[i,o.__[1]],o.__c.setState({}))}],o.__c=T,!T.__f)){T.__f=!0;var a=T.shouldComponentUpdate;T.shouldComponentUpdate=function(n,s,i){var u=this.__H;if(!u)return!0;var p=!1,c=this.props!=n;if(u.__.some(function(f){f.__N&&(p=!0,ye(f.__[0],f.__N[0])||(c=!0))}),a){var _=a.call(this,n,s,i);return p?_||c:_}return!p||c}}return o.__}function D(e,t){var r=se(K++,3);!C.__s&&pt(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,T.__H.__h.push(r))}function M(e){return J=5,ut(function(){return{current:e}},[])}function ut(e,t){var r=se(K++,7);return pt(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function dt(e,t){return J=8,ut(function(){return e},t)}function ke(){var e=se(K++,11);if(!e.__){for(var t=T.__v;!t.__m&&t.__;)t=t.__;var r=t.__m||(t.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function Kt(){var e;do{for(;e=$e.shift();)try{V(e)}catch(r){C.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=ct.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(V),t.__h.some(we),t.__h=[]}catch(r){t.__h=[],C.__e(r,e.__v)}}}while($e.length)}C.__b=function(e){T=null,tt&&tt(e)},C.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),st&&st(e,t)},C.__r=function(e){rt&&rt(e),K=0;var t=(T=e.__c).__H;t&&(ve==T?T.__h=[]:(t.__h.some(V),t.__h.some(we),K=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),ve=T},C.diffed=function(e){nt&&nt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&lt(ct.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),ve=T=null},C.__c=function(e,t){t.some(function(r){try{r.__h.some(V),r.__h=r.__h.filter(function(o){return!o.__||we(o)})}catch(o){r.__h=[function(){throw o}]}}),ot&&ot(e,t)},C.unmount=function(e){at&&at(e);var t,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,lt($e.push(a))}else V(a)}catch(n){t=n}}),o.__H=void 0,t&&C.__e(t,o.__v))};var it=typeof requestAnimationFrame=="function";function Gt(e){var t,r=function(){clearTimeout(o),it&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(r,35);it&&(t=requestAnimationFrame(r))}function lt(e){e!=1&&et==C.requestAnimationFrame||((et=C.requestAnimationFrame)||Gt)(Kt)}function V(e){var t=T,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),T=t}function we(e){var t=T;e.__c=e.__(),T=t}function pt(e,t){return!e||e.length!=t.length||t.some(function(r,o){return!ye(r,e[o])})}function ft(e,t){return typeof t=="function"?t(e):t}var ie=class extends Error{constructor(t,r,o){super(r),this.name="ApiError",this.status=t,this.code=o||""}},xe="",_t=()=>{};function Se(e){xe=e||""}function mt(e){_t=e}function Vt(e,t,r){let o={accept:r};return t!==void 0&&(o["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&xe&&(o["x-csrf-token"]=xe),o}async function Jt(e,t,r,o,a){try{return await fetch(t,{method:e,headers:Vt(e,r,o),body:r===void 0?void 0:JSON.stringify(r),credentials:"same-origin",cache:"no-store",signal:a})}catch(n){throw n.name==="AbortError"?n:new ie(0,"The gateway could not be reached: "+n.message)}}function Yt(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function Xt(e,t){let r=await e.text().catch(()=>""),o=null;try{o=r?JSON.parse(r):null}catch{o=null}let a=r&&!o&&r.length<300?r:`${e.status} ${e.statusText||"error"}`,{message:n,code:s}=Yt(o,a);return e.status===401&&!t.startsWith("/ui/api/session")&&_t(),new ie(e.status,n,typeof s=="string"?s:"")}async function A(e,t,r){let o=await Jt(e,t,r,"application/json");if(!o.ok)throw await Xt(o,t);let a=await o.text();return a?JSON.parse(a):null}function I({label:e="Loading…"}){return d`<p role="status" class="loading">${e}</p>`}function N({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return d`<div role="alert" class="alert">${t}</div>`}function Y({title:e,onClose:t,children:r,wide:o}){let a=M(null),n=ke();return D(()=>{let i=a.current,u=document.activeElement;i.showModal();let p=i.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return p&&p.focus(),()=>{i.open&&i.close(),u&&u.isConnected&&u.focus()}},[]),d`<dialog ref=${a} class=${o?"dialog wide":"dialog"} aria-labelledby=${n}
      onCancel=${i=>{i.preventDefault(),t()}}>
    <header class="dialog-head">
      <h2 id=${n}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </header>
    ${r}
  </dialog>`}function gt({title:e,message:t,confirmLabel:r,onConfirm:o,onClose:a}){let[n,s]=b(!1),[i,u]=b(null);return d`<${Y} title=${e} onClose=${a}>
    <p>${t}</p>
    <${N} error=${i} />
    <div class="actions">
      <button type="button" onClick=${a} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${n} onClick=${async()=>{s(!0),u(null);try{await o(),a()}catch(c){u(c),s(!1)}}}>${r}</button>
    </div>
  <//>`}function E({label:e,hint:t,children:r,className:o}){let a=ke(),n=t?a+"-hint":void 0,s=We(r,{id:a,"aria-describedby":n});return d`<div class=${"field "+(o||"")}>
    <label for=${a}>${e}</label>
    ${s}
    ${t&&d`<small id=${n} class="hint">${t}</small>`}
  </div>`}function bt({label:e,checked:t,onChange:r,disabled:o}){return d`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${o}
      onChange=${a=>r(a.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function vt({value:e}){if(!e)return d`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return d`<code class="masked">${t}</code>`}var ht={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function yt({state:e}){let[t,r]=ht[e]||ht.CONNECTING;return d`<span class=${"badge "+r}><span class="dot" aria-hidden="true"></span>${t}</span>`}var Zt=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],Qt=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function er(e,t=Date.now()){let r=Date.parse(e);if(!e||Number.isNaN(r))return"";let o=Math.round((r-t)/1e3);for(let[a,n]of Zt)if(Math.abs(o)>=n||a==="second")return Qt.format(Math.round(o/n),a);return""}function Ce({time:e,never:t="never"}){return e?d`<time datetime=${e} title=${new Date(e).toLocaleString()}>${er(e)}</time>`:d`<span class="muted">${t}</span>`}function le(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function ce(e){let t=le(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var Te="/ui/api/session";function $t(e){return Se(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function wt(){try{return $t(await A("GET",Te))}catch(e){if(e.status===401)return null;throw e}}async function kt(e){return $t(await A("POST",Te,{credential:e}))}async function xt(){try{await A("DELETE",Te)}finally{Se("")}}var tr={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function Ee(e,t){let r=tr[t];return!!r&&r(e)}function Pe(e){return e==="admin"||e==="operator"||e==="member"}function St({onSignedIn:e,notice:t}){let[r,o]=b(""),[a,n]=b(!1),[s,i]=b(null);return d`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async p=>{p.preventDefault(),n(!0),i(null);try{let c=await kt(r.trim());o(""),e(c)}catch(c){i(c),n(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&d`<p class="notice" role="status">${t}</p>`}
      <${E} label="API key or token" hint="An API key (sk-sb-…) or an OAuth2 access token. It is exchanged for a session cookie and not stored by the browser.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${r}
          onInput=${p=>o(p.currentTarget.value)} />
      <//>
      <${N} error=${s} />
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Sign in</button>
    </form>
  </main>`}function Ct(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function Tt(){let[e,t]=b(Ct());return D(()=>{let r=()=>t(Ct());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function Et(e,t){let[r,o]=b(void 0),[a,n]=b(null),s=M(e);s.current=e;let i=M(!1),u=M(!1),p=dt(async()=>{if(i.current){u.current=!0;return}i.current=!0;try{o(await s.current()),n(null)}catch(c){n(c)}finally{i.current=!1,u.current&&(u.current=!1,p())}},[]);return D(()=>{let c=null,_=()=>{c===null&&!document.hidden&&(c=setInterval(p,t))},f=()=>{clearInterval(c),c=null},l=()=>{document.hidden?f():(p(),_())};return p(),_(),document.addEventListener("visibilitychange",l),()=>{f(),document.removeEventListener("visibilitychange",l)}},[t]),{data:r,error:a,refresh:p}}var ue=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function Pt({provider:e,canChange:t,onEdit:r,onDelete:o,onChanged:a}){let[n,s]=b(""),[i,u]=b(null),[p,c]=b(!1),_=e.enabled!==!1,f=async y=>{c(!0),u(null);try{await A("PATCH",`${ue(e.name)}?update_mask=enabled`,{enabled:y}),a()}catch(g){u(g)}finally{c(!1)}},l=y=>s(n===y?"":y),m=e.usage_24h;return d`<article class="card provider" aria-label=${`Provider ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      <${yt} state=${e.state} />
    </div>
    ${e.state==="ERROR"&&d`<p class="error-detail">
      ${e.last_error||"The last check failed."} ${" "}
      ${e.last_error_time&&d`<span class="muted">(<${Ce} time=${e.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${e.preset||"custom"}</dd>
      <dt>Format</dt><dd>${e.api_format||"openai"}</dd>
      <dt>Base URL</dt><dd><code>${e.base_url}</code></dd>
      <dt>API key</dt><dd><${vt} value=${e.api_key_masked} /></dd>
      ${e.owner&&d`<dt>Owner</dt><dd>${e.owner}</dd>`}
      <dt>State since</dt><dd><${Ce} time=${e.state_time} never="—" /></dd>
      ${m&&d`<dt>Last 24 h</dt><dd>${rr(m)}</dd>`}
    </dl>
    ${t&&d`<div class="buttons">
      <button type="button" aria-expanded=${n==="test"} onClick=${()=>l("test")}>Test connection</button>
      <button type="button" aria-expanded=${n==="prompt"} onClick=${()=>l("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${n==="models"} onClick=${()=>l("models")}>Models</button>
      <button type="button" onClick=${r}>Edit</button>
      <button type="button" onClick=${o}>Delete</button>
      <${bt} label="Enabled" checked=${_} disabled=${p} onChange=${f} />
    </div>`}
    <${N} error=${i} />
    ${n==="test"&&d`<${nr} name=${e.name} onDone=${a} />`}
    ${n==="prompt"&&d`<${or} name=${e.name} onDone=${a} />`}
    ${n==="models"&&d`<${ar} name=${e.name} />`}
  </article>`}function rr(e){let t=[`${e.requests||0} requests`];return e.errors&&t.push(`${e.errors} errors`),e.cost_usd!==void 0&&e.cost_usd!==null&&t.push(`$${Number(e.cost_usd).toFixed(4)}`),t.join(" · ")}function nr({name:e,onDone:t}){let[r,o]=b(null),[a,n]=b(null);return D(()=>{A("POST",`${ue(e)}:test`,{}).then(s=>{o(s),t()},n)},[]),a?d`<${N} error=${a} />`:r?r.ok?d`<div class="result" role="status">
    <strong class="success">Connected</strong> in ${ce(r.latency)} · ${r.model_count||0} models
  </div>`:d`<div class="result" role="alert"><strong>Failed</strong>${r.latency?` after ${ce(r.latency)}`:""}: ${r.error}</div>`:d`<div class="result"><${I} label="Testing…" /></div>`}function or({name:e,onDone:t}){let[r,o]=b("Say hi"),[a,n]=b(!1),[s,i]=b(null),[u,p]=b(null);return d`<form class="result" onSubmit=${async _=>{_.preventDefault(),n(!0),p(null),i(null);try{i(await A("POST",`${ue(e)}:test`,{prompt:r})),t()}catch(f){p(f)}finally{n(!1)}}}>
    <div class="row">
      <${E} label="Prompt" hint="At most 30 characters.">
        <input value=${r} maxlength="30" required onInput=${_=>o(_.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Send</button>
    </div>
    ${a&&d`<${I} label="Waiting for the reply…" />`}
    <${N} error=${u} />
    ${s&&(s.ok?d`<div role="status"><p><strong class="success">${ce(s.prompt_latency||s.latency)}</strong>
          ${s.model&&d` · <code>${s.model}</code>`}</p>
          <blockquote class="reply">${s.reply}</blockquote></div>`:d`<div role="alert" class="alert">${s.error}</div>`)}
  </form>`}function ar({name:e}){let[t,r]=b(null),[o,a]=b(null);return D(()=>{A("GET",`${ue(e)}/models`).then(n=>r(n.models||[]),a)},[]),o?d`<${N} error=${o} />`:t?d`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(n=>d`<li key=${n.id}><code>${n.id}</code></li>`)}</ul>
  </div>`:d`<div class="result"><${I} /></div>`}function At({rows:e,onChange:t}){let r=(n,s)=>t(e.map((i,u)=>u===n?{...i,...s}:i)),o=n=>t(e.filter((s,i)=>i!==n)),a=()=>t([...e,{name:"",value:"",secret:!1}]);return d`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${e.length===0&&d`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${e.map((n,s)=>d`<div class="row header-row" key=${s}>
      <${E} label="Header name">
        <input value=${n.name} autocomplete="off" spellcheck="false"
          onInput=${i=>r(s,{name:i.currentTarget.value})} />
      <//>
      <${E} label="Header value" hint=${n.masked&&!n.value?`Saved as ${n.masked}; type to replace`:void 0}>
        <input type=${n.secret?"password":"text"} value=${n.value} autocomplete="off" spellcheck="false"
          placeholder=${n.masked||""}
          onInput=${i=>r(s,{value:i.currentTarget.value,touched:!0})} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${n.secret}
          onChange=${i=>r(s,{secret:i.currentTarget.checked,touched:!0})} />
        Secret
      </label>
      <button type="button" onClick=${()=>o(s)} aria-label=${`Remove header ${n.name||s+1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${a}>Add header</button>
  </fieldset>`}function Nt(e){let t=Object.entries(e.headers||{}).map(([o,a])=>({name:o,value:a,secret:!1})),r=Object.entries(e.secret_headers_masked||{}).map(([o,a])=>({name:o,value:"",masked:a,secret:!0,saved:!0}));return[...t,...r]}function Dt(e,t){let r={},o={},a=e.filter(i=>i.name.trim());for(let i of a)(i.secret?o:r)[i.name.trim()]=i.value;let n=a.filter(i=>i.secret),s=n.length===t.length&&n.every(i=>i.saved&&!i.touched&&t.includes(i.name.trim()));if(!s&&n.some(i=>!i.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:r,secretHeaders:o,secretsChanged:!s}}var sr=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],ir={anthropic:"x-api-key",gemini:"x-goog-api-key"},lr={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function cr({protocol:e,host:t,port:r,basePath:o}){if(!t)return"";let a=e==="https"&&+r==443||e==="http"&&+r==80,n=o&&!o.startsWith("/")?"/"+o:o||"";return`${e}://${t}${r&&!a?":"+r:""}${n}`}function Rt(e){try{let t=new URL(e),r=t.protocol.replace(":","");if(r!=="http"&&r!=="https")return null;let o=t.port||(r==="https"?"443":"80");return{protocol:r,host:t.hostname,port:o,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function de(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function ur(e){return e?{...Rt(e.base_url||"")||de({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(le(e.timeout)||120),rows:Nt(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],...de({})}}function Ae({provider:e,onSaved:t,onClose:r}){let o=!!e,[a,n]=b(null),[s,i]=b(null),[u,p]=b(()=>ur(e)),[c,_]=b(!1),[f,l]=b(null);D(()=>{A("GET","/admin/v1/presets").then(h=>{let x=h.presets||[];if(n(x),!o&&x.length){let P=x.find(B=>B.name==="custom")||x[0];p(B=>({...B,preset:P.name,...de(P)}))}},i)},[]);let m=(a||[]).find(h=>h.name===u.preset)||{},y=h=>p(x=>({...x,...h})),g=h=>p(x=>{let P={...x,...h};return{...P,baseUrl:cr(P)}}),$=h=>p(x=>({...x,baseUrl:h,...Rt(h)||{}})),v=h=>{let x=a.find(P=>P.name===h);p(P=>({...P,preset:h,...de(x)}))},S=m.name&&m.name!=="custom"?m.auth_type:ir[u.format]||"bearer",k=async h=>{h.preventDefault(),l(null),_(!0);try{let x=await dr(e,u,m);t(x)}catch(x){l(x),_(!1)}},z=o?`Edit provider ${e.name}`:"Add provider";return s?d`<${Y} title=${z} onClose=${r}><${N} error=${s} /><//>`:a?d`<${Y} title=${z} onClose=${r} wide>
    <form onSubmit=${k} novalidate>
      <div class="row">
        <${E} label="Preset" hint=${o?"Fixed once the provider exists.":m.local?"Usually runs on this machine.":void 0}>
          <select value=${u.preset} disabled=${o} onChange=${h=>v(h.currentTarget.value)}>
            ${a.map(h=>d`<option value=${h.name}>${h.display_name||h.name}</option>`)}
          </select>
        <//>
        <${E} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${u.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${h=>y({name:h.currentTarget.value})} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${E} label="Protocol">
            <select value=${u.protocol} onChange=${h=>g({protocol:h.currentTarget.value})}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${E} label="Host">
            <input value=${u.host} autocomplete="off" spellcheck="false" onInput=${h=>g({host:h.currentTarget.value})} />
          <//>
          <${E} label="Port">
            <input type="number" min="1" max="65535" value=${u.port} onInput=${h=>g({port:h.currentTarget.value})} />
          <//>
          <${E} label="Base path">
            <input value=${u.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${h=>g({basePath:h.currentTarget.value})} />
          <//>
        </div>
        <${E} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${u.baseUrl} required=${u.preset==="custom"} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${h=>$(h.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${E} label="Format">
          <select value=${u.format} onChange=${h=>y({format:h.currentTarget.value})}>
            ${sr.map(([h,x])=>d`<option value=${h}>${x}</option>`)}
          </select>
        <//>
        <${E} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${lr[S]||S} />
        <//>
        <${E} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${u.timeout} onInput=${h=>y({timeout:h.currentTarget.value})} />
        <//>
      </div>
      <${E} label="API key" hint=${o?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:S==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${u.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${h=>y({apiKey:h.currentTarget.value})} />
      <//>
      <${At} rows=${u.rows} onChange=${h=>y({rows:h})} />
      <${N} error=${f} />
      <div class="actions">
        <button type="button" onClick=${r}>Cancel</button>
        <button type="submit" class="primary" disabled=${c}>Save</button>
      </div>
    </form>
  <//>`:d`<${Y} title=${z} onClose=${r}><${I} /><//>`}async function dr(e,t,r){let o=t.name.trim();if(!o)throw new Error("Name: required.");let a=Number(t.timeout);if(!(a>0))throw new Error("Timeout: a number of seconds above 0.");let n=e?Object.keys(e.secret_headers_masked||{}):[],{headers:s,secretHeaders:i,secretsChanged:u}=Dt(t.rows,n),p=t.baseUrl.trim();if(!e){let g={name:o,preset:t.preset,api_format:t.format,timeout:`${a}s`,headers:s};return p&&p!==r.base_url&&(g.base_url=p),t.apiKey&&(g.api_key=t.apiKey),Object.keys(i).length&&(g.secret_headers=i),A("POST","/admin/v1/providers",g)}let c={},_=[],f=(g,$,v)=>{JSON.stringify($)!==JSON.stringify(v)&&(c[g]=$,_.push(g))};f("name",o,e.name),f("base_url",p,e.base_url||""),f("api_format",t.format,e.api_format||"openai"),f("timeout",`${a}s`,e.timeout?`${le(e.timeout)}s`:"120s"),f("headers",s,e.headers||{}),u&&(c.secret_headers=i,_.push("secret_headers"));let l=t.apiKey&&!_.includes("base_url");t.apiKey&&!l&&(c.api_key=t.apiKey,_.push("api_key"));let m=e,y=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return _.length&&(m=await A("PATCH",`${y}?update_mask=${_.join(",")}`,c)),l&&(m=await A("POST",`/admin/v1/providers/${encodeURIComponent(m.name)}:rotateKey`,{api_key:t.apiKey})),m}var pr=3e3;function fr(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function Ne({me:e}){let{data:t,error:r,refresh:o}=Et(()=>A("GET","/admin/v1/providers").then(u=>u.providers||[]),pr),[a,n]=b(null),s=()=>n(null),i=()=>{s(),o()};return d`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${Pe(e.role)&&d`<button type="button" class="primary" onClick=${()=>n({add:!0})}>Add provider</button>`}
    </div>
    <${N} error=${r} />
    ${t===void 0&&!r&&d`<${I} />`}
    ${t&&t.length===0&&d`<p class="empty">No providers yet.${Pe(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&d`<div class="cards">
      ${t.map(u=>d`<${Pt} key=${u.id||u.name} provider=${u} canChange=${fr(e,u)}
        onEdit=${()=>n({edit:u})} onDelete=${()=>n({remove:u})} onChanged=${o} />`)}
    </div>`}
    ${a&&a.add&&d`<${Ae} onSaved=${i} onClose=${s} />`}
    ${a&&a.edit&&d`<${Ae} provider=${a.edit} onSaved=${i} onClose=${s} />`}
    ${a&&a.remove&&d`<${gt} title=${`Delete provider ${a.remove.name}`}
      message=${`Requests for ${a.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await A("DELETE",`/admin/v1/providers/${encodeURIComponent(a.remove.name)}`),o()}} />`}
  </section>`}function De(){return d`<h1>Aliases</h1>
    <p>Not built yet.</p>`}function Re(){return d`<h1>Keys</h1>
    <p>Not built yet.</p>`}function Ie(){return d`<h1>Usage</h1>
    <p>Not built yet.</p>`}function Ue(){return d`<h1>Audit</h1>
    <p>Not built yet.</p>`}function Me(){return d`<h1>Playground</h1>
    <p>Not built yet.</p>`}var It=[["providers","Providers",Ne],["aliases","Aliases",De],["keys","Keys",Re],["usage","Usage",Ie],["audit","Audit",Ue],["playground","Playground",Me]];function Ut(){let[e,t]=b(void 0),[r,o]=b(null),[a,n]=b("");if(D(()=>{mt(()=>{t(null),n("Your session has ended. Sign in again.")}),wt().then(t,o)},[]),e===void 0)return d`<main class="boot">${r?d`<${N} error=${r} />`:d`<${I} />`}</main>`;if(!e)return d`<${St} notice=${a} onSignedIn=${i=>{n(""),t(i)}} />`;let s=async()=>{try{await xt()}finally{n("You are signed out."),t(null)}};return d`<${_r} me=${e.me} onSignOut=${s} />`}function _r({me:e,onSignOut:t}){let r=Tt(),[o,a]=b(!1),n=M(null),s=M(!0),i=e.role||"viewer",u=It.filter(([l])=>Ee(i,l)),p=It.find(([l])=>l===r),[,c,_]=p||[];D(()=>{r||window.location.replace("#/"+u[0][0]),document.title=(c||"Switchboard")+" · Switchboard console",a(!1),!s.current&&n.current&&n.current.focus(),s.current=!1},[r]);let f;return r?p?Ee(i,r)?f=d`<${_} me=${e} />`:f=d`<h1>${c}</h1><p>Your role (${i}) may not open this page.</p>`:f=d`<h1>Page not found</h1><p>There is no page <code>${r}</code>.</p>`:f=d`<${I} />`,d`<div class="shell">
    <a class="skip" href="#main" onClick=${l=>{l.preventDefault(),n.current.focus()}}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${o} aria-controls="nav"
        onClick=${()=>a(!o)}>Menu</button>
      <nav id="nav" class=${o?"open":""} aria-label="Main">
        <ul>
          ${u.map(([l,m])=>d`<li key=${l}>
            <a href=${"#/"+l} aria-current=${l===r?"page":void 0}>${m}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${e.user_name||e.key_prefix||"signed in"}</span>
        <span class="role">${i}</span>
        <button type="button" onClick=${t}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${n} tabindex="-1">${f}</main>
  </div>`}Ye(d`<${Ut} />`,document.getElementById("app"));
